package org.shouhu.child.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.shouhu.common.Messages;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Formatting helpers for the child pages (available in templates as {@code ${fmt}}). */
@Component
class PageFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.of("Asia/Shanghai"));

	private final Messages messages;

	PageFormat(Messages messages) {
		this.messages = messages;
	}

	/** Chinese name of a history field path ({@code father.phone} → 父亲·联系电话). */
	public String field(String path) {
		StringBuilder label = new StringBuilder();
		for (String part : path.split("\\.")) {
			if (!label.isEmpty()) {
				label.append('·');
			}
			label.append(label(part));
		}
		return label.toString();
	}

	/** The label of one part of a field path ({@code child.field.<part>}), the part itself when it has none. */
	private String label(String part) {
		String name = part.replaceAll("\\[\\d+]$", "");
		try {
			return messages.get("child.field." + name);
		}
		catch (NoSuchMessageException e) {
			return part;
		}
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	public String yesNo(Boolean value) {
		return value == null ? "" : messages.get(value ? "child.yes" : "child.no");
	}

	/** The number a {@code tel:} link dials (digits, a leading + kept), or {@code null} when there is none. */
	public String tel(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.strip().replaceAll("[^0-9+]", "");
		return digits.replaceAll("\\+", "").isEmpty() ? null : digits;
	}

	/** Display value or a dash. */
	public String or(Object value) {
		return value == null || value.toString().isBlank() ? "—" : value.toString();
	}
}

package org.shouhu.care.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formatting helpers for the assessment, work-log and close-attention pages ({@code ${fmt}} in their templates). */
@Component
class RecordFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	/** Display value or a dash. */
	public String or(Object value) {
		return value == null || value.toString().isBlank() ? "—" : value.toString();
	}
}

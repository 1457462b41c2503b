package org.shouhu.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditQuery;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.springframework.util.StringUtils;

/** Turns the filter parameters shared by the audit API and page into a query. */
final class AuditFilters {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private AuditFilters() {
	}

	static AuditQuery query(String subjectType, String subjectId, String actor, AuditAction action, String from,
			String to, Messages messages) {
		return new AuditQuery(blankToNull(subjectType), blankToNull(subjectId), blankToNull(actor), action,
				instant("from", from, false, messages), instant("to", to, true, messages));
	}

	/** A date means the start of that day in China ({@code to}: the start of the next day, so the day is included). */
	static Instant instant(String field, String text, boolean endOfDay, Messages messages) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		String value = text.trim();
		try {
			if (value.length() == 10) {
				LocalDate date = LocalDate.parse(value);
				return (endOfDay ? date.plusDays(1) : date).atStartOfDay(CHINA).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, messages.get("audit.filter.dateInvalid"));
		}
	}

	private static String blankToNull(String text) {
		return StringUtils.hasText(text) ? text.trim() : null;
	}
}

package org.shouhu.protection.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.shouhu.common.Messages;
import org.springframework.stereotype.Component;

/**
 * Wording of times on the report pages (templates call it as {@code @reportPagesFormat}): Beijing time to the minute,
 * and how long until (or since) a report's acceptance deadline.
 */
@Component("reportPagesFormat")
class ReportPagesFormat {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZONE);

	private final Clock clock;
	private final Messages messages;

	ReportPagesFormat(Clock clock, Messages messages) {
		this.clock = clock;
		this.messages = messages;
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	/** The instant as a {@code datetime-local} input value. */
	public String input(Instant instant) {
		return instant == null ? "" : INPUT.format(instant);
	}

	/** {@code 还剩 25 分钟}, {@code 超时 2 小时 5 分钟}: the deadline against now. */
	public String deadline(Instant acceptBy) {
		if (acceptBy == null) {
			return "";
		}
		Duration left = Duration.between(clock.instant(), acceptBy);
		return left.isNegative() ? messages.get("protection.pages.deadline.over", span(left.negated()))
				: messages.get("protection.pages.deadline.left", span(left));
	}

	private String span(Duration duration) {
		long minutes = Math.max(0, duration.toMinutes());
		if (minutes < 60) {
			return messages.get("protection.pages.span.minutes", minutes);
		}
		long hours = minutes / 60;
		if (hours < 48) {
			return minutes % 60 == 0 ? messages.get("protection.pages.span.hours", hours)
					: messages.get("protection.pages.span.hoursMinutes", hours, minutes % 60);
		}
		return messages.get("protection.pages.span.days", hours / 24);
	}
}

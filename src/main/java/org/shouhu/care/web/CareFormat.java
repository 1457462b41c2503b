package org.shouhu.care.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.shouhu.common.Messages;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.springframework.stereotype.Component;

/**
 * Wording for the care pages and the to-do list on the home page (templates call it as {@code @careFormat}): due
 * dates relative to today, findings that need attention, rates.
 */
@Component("careFormat")
class CareFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));
	private final Clock clock;
	private final Messages messages;
	private final DateTimeFormatter shortDate;

	CareFormat(Clock clock, Messages messages) {
		this.clock = clock;
		this.messages = messages;
		this.shortDate = DateTimeFormatter.ofPattern(messages.get("care.format.shortDate"));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Days past the due date (0 when not overdue). */
	public long daysOverdue(LocalDate dueOn) {
		return dueOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(dueOn, today()));
	}

	public boolean overdue(LocalDate dueOn) {
		return dueOn != null && dueOn.isBefore(today());
	}

	/** {@code 逾期 3 天}, {@code 今天到期}, {@code 明天到期}, {@code 5 天后到期（6月3日）}. */
	public String due(LocalDate dueOn) {
		if (dueOn == null) {
			return "";
		}
		long days = ChronoUnit.DAYS.between(today(), dueOn);
		return days > 1 ? messages.get("care.format.dueOn", days, shortDate.format(dueOn)) : relative(dueOn);
	}

	/** {@code 逾期 3 天}, {@code 今天到期}, {@code 明天到期}, {@code 5 天后到期}: for places that show the date already. */
	public String relative(LocalDate dueOn) {
		if (dueOn == null) {
			return "";
		}
		long days = ChronoUnit.DAYS.between(today(), dueOn);
		return days < 0 ? messages.get("care.format.overdue", -days)
				: days == 0 ? messages.get("care.format.dueToday")
				: days == 1 ? messages.get("care.format.dueTomorrow") : messages.get("care.format.due", days);
	}

	/** Display value or a dash. */
	public String or(Object value) {
		return value == null || value.toString().isBlank() ? "—" : value.toString();
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	public String metWith(List<MetWith> metWith) {
		return metWith == null || metWith.isEmpty() ? "—"
				: metWith.stream().map(MetWith::label).collect(Collectors.joining("、"));
	}

	/** The areas a visit did not find normal, e.g. {@code 心理：严重}, most serious first. */
	public List<Abnormal> abnormal(Findings findings) {
		List<Abnormal> abnormal = new ArrayList<>();
		if (findings == null) {
			return abnormal;
		}
		add(abnormal, area("safety"), findings.safety());
		add(abnormal, area("health"), findings.health());
		add(abnormal, area("schooling"), findings.schooling());
		add(abnormal, area("psychology"), findings.psychology());
		add(abnormal, area("guardianship"), findings.guardianship());
		abnormal.sort((a, b) -> Boolean.compare(b.serious(), a.serious()));
		return abnormal;
	}

	/** {@code part} of {@code total} as a whole percentage ({@code —} without a total). */
	public String percent(long part, long total) {
		return total == 0 ? "—" : Math.round(100.0 * part / total) + "%";
	}

	/** The share of {@code total} that is not {@code overdue}, as a percentage. */
	public String onTime(long overdue, long total) {
		return percent(total - overdue, total);
	}

	/** The Chinese name of a findings area ({@code care.area.<area>}). */
	String area(String area) {
		return messages.get("care.area." + area);
	}

	private static void add(List<Abnormal> abnormal, String area, Finding finding) {
		if (finding != null && finding != Finding.NORMAL) {
			abnormal.add(new Abnormal(area, finding.label(), finding == Finding.SERIOUS));
		}
	}

	/** An area a visit found not normal. */
	public record Abnormal(String area, String level, boolean serious) {
	}
}

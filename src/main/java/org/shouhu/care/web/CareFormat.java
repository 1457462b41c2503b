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

import org.shouhu.care.CareTask;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.TaskType;
import org.shouhu.care.VisitType;
import org.springframework.stereotype.Component;

/**
 * Wording for the care pages and the to-do list on the home page (templates call it as {@code @careFormat}): due
 * dates relative to today, findings that need attention, rates.
 */
@Component("careFormat")
class CareFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));
	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M月d日");

	/** How {@link org.shouhu.care.CareTasks} words an open problem after the name (care.task.problemOpen). */
	private static final String PROBLEM_PREFIX = "问题待解决——";

	private final Clock clock;

	CareFormat(Clock clock) {
		this.clock = clock;
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
		if (days < 0) {
			return "逾期 " + (-days) + " 天";
		}
		if (days == 0) {
			return "今天到期";
		}
		if (days == 1) {
			return "明天到期";
		}
		return days + " 天后到期（" + SHORT.format(dueOn) + "）";
	}

	/** {@code 逾期 3 天}, {@code 今天到期}, {@code 明天到期}, {@code 5 天后到期}: for places that show the date already. */
	public String relative(LocalDate dueOn) {
		if (dueOn == null) {
			return "";
		}
		long days = ChronoUnit.DAYS.between(today(), dueOn);
		return days < 0 ? "逾期 " + (-days) + " 天" : days == 0 ? "今天到期" : days == 1 ? "明天到期" : days + " 天后到期";
	}

	/** What a to-do item asks for: 联系, 入户走访, 待解决问题. */
	public String what(CareTask task) {
		return switch (task.type()) {
			case CONTACT_DUE, CONTACT_OVERDUE -> "联系";
			case HOME_VISIT_DUE, HOME_VISIT_OVERDUE -> "入户走访";
			case PROBLEM_OPEN -> "待解决问题";
		};
	}

	/** A problem item's description: its title without the child's name in front (the card shows the name). */
	public String problemText(CareTask task) {
		String title = task.title() == null ? "" : task.title();
		String prefix = task.childName() + "：";
		title = title.startsWith(prefix) ? title.substring(prefix.length()) : title;
		return title.startsWith(PROBLEM_PREFIX) ? title.substring(PROBLEM_PREFIX.length()) : title;
	}

	public boolean overdue(CareTask task) {
		return task.type() == TaskType.CONTACT_OVERDUE || task.type() == TaskType.HOME_VISIT_OVERDUE;
	}

	public boolean problem(CareTask task) {
		return task.type() == TaskType.PROBLEM_OPEN;
	}

	/** The visit type the visit form opens with for a to-do item. */
	public VisitType visitType(CareTask task) {
		return switch (task.type()) {
			case HOME_VISIT_DUE, HOME_VISIT_OVERDUE -> VisitType.HOME_VISIT;
			default -> VisitType.CONTACT;
		};
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
		add(abnormal, "安全", findings.safety());
		add(abnormal, "健康", findings.health());
		add(abnormal, "就学", findings.schooling());
		add(abnormal, "心理", findings.psychology());
		add(abnormal, "监护", findings.guardianship());
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

	private static void add(List<Abnormal> abnormal, String area, Finding finding) {
		if (finding != null && finding != Finding.NORMAL) {
			abnormal.add(new Abnormal(area, finding.label(), finding == Finding.SERIOUS));
		}
	}

	/** An area a visit found not normal. */
	public record Abnormal(String area, String level, boolean serious) {
	}
}

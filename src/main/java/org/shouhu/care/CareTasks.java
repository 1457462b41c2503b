package org.shouhu.care;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.shouhu.region.RegionScope;
import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.common.Messages;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.region.RegionLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's to-do list. A director (or anyone whose jurisdiction is a village) gets every child of the
 * jurisdiction with a contact or home visit due within the coming days or overdue, and open problems; a supervisor or
 * county officer gets the overdue items and open problems of the jurisdiction. Overdue first, then by due date.
 * <p>
 * Details: "coming days" are today and the next {@value #SOON_DAYS} days ({@link TaskType#CONTACT_DUE},
 * {@link TaskType#HOME_VISIT_DUE}); overdue means the due date is before today. Overdue items come first, the
 * longest overdue first, then items due soon by date, then open problems oldest first ({@code dueOn} = the day the
 * problem was found). Only active files count. The list holds at most {@value #LIMIT} items, taken from the
 * {@value #LIMIT} files whose earliest due date is the oldest. Roles that do not work with child files → 403.
 */
@Service
@Transactional(readOnly = true)
public class CareTasks {

	/** At most this many items. */
	public static final int LIMIT = 500;

	/** Days after today that "due soon" reaches for village jurisdictions (today plus two: three days). */
	public static final int SOON_DAYS = 2;

	private static final int PROBLEM_TITLE_LENGTH = 30;

	private final NamedParameterJdbcTemplate jdbc;
	private final CareProblemRepository problems;
	private final ChildManagement children;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;

	CareTasks(NamedParameterJdbcTemplate jdbc, CareProblemRepository problems, ChildManagement children, Clock clock,
			Messages messages, Callers callers) {
		this.jdbc = jdbc;
		this.problems = problems;
		this.children = children;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
	}

	public List<CareTask> forCaller() {
		CurrentUser user = callers.childFileWorker("care.forbidden");
		String jurisdiction = user.jurisdiction();
		boolean village = RegionLevel.ofCode(jurisdiction) == RegionLevel.VILLAGE;
		LocalDate today = LocalDate.now(clock);
		return tasks(jurisdiction, today, village ? today.plusDays(SOON_DAYS) : today.minusDays(1));
	}

	/**
	 * The overdue items and open problems of a region, as a supervisor's list has them (no items due soon); for the
	 * compliance page's drill-down. The caller has checked that the region lies inside the caller's jurisdiction.
	 */
	List<CareTask> overdueIn(String regionCode) {
		callers.childFileWorker("care.forbidden");
		LocalDate today = LocalDate.now(clock);
		return tasks(regionCode, today, today.minusDays(1));
	}

	private List<CareTask> tasks(String jurisdiction, LocalDate today, LocalDate until) {
		List<Row> rows = jdbc.query("""
				select child_id, contact_due_on, home_visit_due_on, open_problems from care_schedule
				where %s and active = true
				  and (contact_due_on <= :until or home_visit_due_on <= :until or open_problems > 0)
				order by least(contact_due_on, home_visit_due_on), child_id
				fetch first %d rows only""".formatted(RegionScope.sql(jurisdiction, "scope"), LIMIT),
				new MapSqlParameterSource().addValue("scope", jurisdiction).addValue("until", Date.valueOf(until)),
				(rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
						rs.getInt(4)));
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, ChildSummary> summaries = children.summaries(rows.stream().map(Row::childId).toList());
		List<CareTask> tasks = new ArrayList<>();
		for (Row row : rows) {
			ChildSummary child = summaries.get(row.childId());
			if (child == null) {
				continue;
			}
			due(tasks, child, row.contactDueOn(), today, until, TaskType.CONTACT_OVERDUE, TaskType.CONTACT_DUE,
					"contact");
			due(tasks, child, row.homeVisitDueOn(), today, until, TaskType.HOME_VISIT_OVERDUE,
					TaskType.HOME_VISIT_DUE, "homeVisit");
		}
		List<Long> withProblems = rows.stream().filter(r -> r.openProblems() > 0).map(Row::childId).toList();
		if (!withProblems.isEmpty()) {
			problems.findOpen(withProblems).forEach(problem -> {
				ChildSummary child = summaries.get(problem.getChildId());
				if (child != null) {
					String description = shorten(problem.getDescription());
					tasks.add(new CareTask(TaskType.PROBLEM_OPEN, child.id(), problem.getOpenedOn(),
							messages.get("care.task.problemOpen", child.name(), description), child.name(),
							child.villageCode(), child.villageName(), problem.getId(), description));
				}
			});
		}
		tasks.sort(Comparator.comparingInt((CareTask t) -> rank(t.type()))
				.thenComparing(CareTask::dueOn)
				.thenComparingLong(CareTask::childId));
		return tasks.size() > LIMIT ? List.copyOf(tasks.subList(0, LIMIT)) : tasks;
	}

	private void due(List<CareTask> tasks, ChildSummary child, LocalDate dueOn, LocalDate today, LocalDate until,
			TaskType overdue, TaskType due, String key) {
		if (dueOn.isBefore(today)) {
			tasks.add(task(overdue, child, dueOn,
					messages.get("care.task." + key + "Overdue", child.name(), days(dueOn, today))));
		}
		else if (!dueOn.isAfter(until)) {
			String title = dueOn.isEqual(today) ? messages.get("care.task." + key + "DueToday", child.name())
					: dueOn.isEqual(today.plusDays(1)) ? messages.get("care.task." + key + "DueTomorrow", child.name())
					: messages.get("care.task." + key + "Due", child.name(), days(today, dueOn));
			tasks.add(task(due, child, dueOn, title));
		}
	}

	private static CareTask task(TaskType type, ChildSummary child, LocalDate dueOn, String title) {
		return new CareTask(type, child.id(), dueOn, title, child.name(), child.villageCode(), child.villageName(),
				null, null);
	}

	/** Overdue items first, then items due soon, then open problems. */
	private static int rank(TaskType type) {
		return switch (type) {
			case CONTACT_OVERDUE, HOME_VISIT_OVERDUE -> 0;
			case CONTACT_DUE, HOME_VISIT_DUE -> 1;
			case PROBLEM_OPEN -> 2;
		};
	}

	private static String days(LocalDate from, LocalDate to) {
		return String.valueOf(ChronoUnit.DAYS.between(from, to));
	}

	private static String shorten(String text) {
		return text.length() <= PROBLEM_TITLE_LENGTH ? text : text.substring(0, PROBLEM_TITLE_LENGTH) + "…";
	}

	private record Row(long childId, LocalDate contactDueOn, LocalDate homeVisitDueOn, int openProblems) {
	}
}

package org.shouhu.care;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.region.RegionScope;
import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit compliance of a region inside the caller's jurisdiction (else 404), with one row per region one level down.
 * <p>
 * Counts active files only: {@code children}, those whose contact / home visit is overdue (due date before today),
 * and the number of open problems. Every region one level down is listed, by code, also those without children; a
 * village has no rows below. Unknown codes and regions outside the caller's jurisdiction → 404. Callers: roles that
 * work with child files and VIEWER (counts are aggregate statistics, which 领导查看 may see); other roles → 403. One grouped query over the region's index ({@code care_schedule_*_idx}).
 */
@Service
@Transactional(readOnly = true)
public class VisitComplianceReports {

	private final NamedParameterJdbcTemplate jdbc;
	private final Regions regions;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;
	private final CareTasks tasks;

	VisitComplianceReports(NamedParameterJdbcTemplate jdbc, Regions regions, Clock clock, Messages messages,
			Callers callers, CareTasks tasks) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
		this.tasks = tasks;
	}

	/**
	 * What lies behind a village's counts: its children whose contact or home visit is overdue (longest overdue
	 * first, with the days) and its open problems (oldest first), read like a supervisor's to-do list (at most
	 * {@value CareTasks#LIMIT} items). Only for roles that work with child files (viewers see counts only: 403); a
	 * code that is no village inside the caller's jurisdiction → 404.
	 */
	public VillageAttention villageAttention(String villageCode) {
		CurrentUser user = callers.childFileWorker("care.forbidden");
		String code = villageCode == null ? "" : villageCode.trim();
		regions.find(code)
				.filter(r -> r.getLevel() == RegionLevel.VILLAGE && user.covers(code))
				.orElseThrow(() -> new NotFoundException(messages.get("care.region.notFound", code)));
		LocalDate today = LocalDate.now(clock);
		Map<Long, OverdueChild> overdue = new LinkedHashMap<>();
		List<OpenProblem> problems = new ArrayList<>();
		for (CareTask task : tasks.overdueIn(code)) {
			if (task.type() == TaskType.PROBLEM_OPEN) {
				problems.add(new OpenProblem(task.problemId(), task.childId(), task.childName(), task.dueOn(),
						task.problem()));
				continue;
			}
			long days = ChronoUnit.DAYS.between(task.dueOn(), today);
			OverdueChild child = overdue.getOrDefault(task.childId(),
					new OverdueChild(task.childId(), task.childName(), 0, 0));
			overdue.put(task.childId(), task.type() == TaskType.CONTACT_OVERDUE
					? new OverdueChild(child.childId(), child.name(), days, child.homeVisitOverdueDays())
					: new OverdueChild(child.childId(), child.name(), child.contactOverdueDays(), days));
		}
		return new VillageAttention(List.copyOf(overdue.values()), problems);
	}

	/** {@code regionCode} null means the caller's jurisdiction. */
	public VisitCompliance compliance(String regionCode) {
		CurrentUser user = callers.statisticsReader("care.forbidden");
		String code = regionCode == null || regionCode.isBlank() ? user.jurisdiction() : regionCode.trim();
		Region region = regions.find(code)
				.filter(r -> user.covers(code))
				.orElseThrow(() -> new NotFoundException(messages.get("care.region.notFound", code)));
		RegionLevel level = region.getLevel();
		RegionLevel below = level == RegionLevel.VILLAGE ? RegionLevel.VILLAGE : level.below();
		String group = RegionScope.column(below);
		Map<String, RegionCompliance> counted = new HashMap<>();
		jdbc.query("""
				select %1$s, count(*),
				       sum(case when contact_due_on < :today then 1 else 0 end),
				       sum(case when home_visit_due_on < :today then 1 else 0 end),
				       sum(open_problems)
				from care_schedule where %2$s and active = true
				group by %1$s""".formatted(group, RegionScope.sql(code, "region")),
				new MapSqlParameterSource().addValue("region", code)
						.addValue("today", Date.valueOf(LocalDate.now(clock))),
				rs -> {
					String sub = rs.getString(1);
					counted.put(sub, new RegionCompliance(sub, regions.name(sub), rs.getLong(2), rs.getLong(3),
							rs.getLong(4), rs.getLong(5)));
				});
		long children = 0;
		long contactOverdue = 0;
		long homeVisitOverdue = 0;
		long openProblems = 0;
		for (RegionCompliance row : counted.values()) {
			children += row.children();
			contactOverdue += row.contactOverdue();
			homeVisitOverdue += row.homeVisitOverdue();
			openProblems += row.openProblems();
		}
		List<RegionCompliance> byRegion = new ArrayList<>();
		if (level != RegionLevel.VILLAGE) {
			for (Region sub : regions.children(code)) {
				RegionCompliance row = counted.remove(sub.getCode());
				byRegion.add(row != null ? row : new RegionCompliance(sub.getCode(), sub.getName(), 0, 0, 0, 0));
			}
			counted.values().stream().sorted(Comparator.comparing(RegionCompliance::regionCode))
					.forEach(byRegion::add);
		}
		String name = Regions.COUNTRY.equals(code) ? regions.fullName(code) : region.getName();
		return new VisitCompliance(code, name, children, contactOverdue, homeVisitOverdue, openProblems, byRegion);
	}

	/** A village's overdue children and open problems ({@link #villageAttention}). */
	public record VillageAttention(List<OverdueChild> overdue, List<OpenProblem> problems) {
	}

	/** A child whose contact or home visit is overdue: by how many days each (0 = not overdue). */
	public record OverdueChild(long childId, String name, long contactOverdueDays, long homeVisitOverdueDays) {
	}

	/** An open problem: found on {@code openedOn}, its description shortened. */
	public record OpenProblem(long problemId, long childId, String childName, LocalDate openedOn,
			String description) {
	}
}

package org.shouhu.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.shouhu.region.RegionScope;
import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.ListPage;
import org.shouhu.common.Paging;
import org.shouhu.region.RegionLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The close-attention page and the three lists (三个清单): active children of the caller's jurisdiction with at least
 * one {@link CloseAttentionReason}, newest file first, optionally only those with a given reason and within a region.
 * <p>
 * {@code regionCode} narrows the caller's jurisdiction (a region outside it gives an empty list, like the child
 * list); a code that is no region code, {@code size} outside 1–200 or a negative {@code page} → 400. Roles that do
 * not work with child files → 403. Reasons: {@link CloseAttentionReason}; 困境 = a POVERTY_, DISABILITY_ or
 * GUARDIANSHIP_DIFFICULTY category; single parent = exactly one parent deceased, declared dead, declared missing or
 * stripped of guardianship (current situations); psychological concern = the latest visit found psychology CONCERN
 * or SERIOUS.
 */
@Service
@Transactional(readOnly = true)
public class CareLists {

	private static final int BATCH = 500;

	private final NamedParameterJdbcTemplate jdbc;
	private final ChildManagement children;
	private final EntityManager entities;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;

	CareLists(NamedParameterJdbcTemplate jdbc, ChildManagement children, EntityManager entities, Clock clock,
			Messages messages, Callers callers) {
		this.jdbc = jdbc;
		this.children = children;
		this.entities = entities;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
	}

	public ListPage<CareListEntry> list(String regionCode, CloseAttentionReason reason, int page, int size) {
		CurrentUser user = callers.childFileWorker(VisitManagement.FORBIDDEN);
		List<FieldProblem> problems = new ArrayList<>(Paging.problems(page, size));
		String region = region(regionCode, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Paging paging = Paging.of(page, size);
		return ListPage.of(entries(rows(user, region, reason, null, paging.offset(), paging.limitPlusOne())), paging);
	}

	/** Every entry of the same list, in batches, for the export (constant memory). */
	public void forEach(String regionCode, CloseAttentionReason reason, Consumer<CareListEntry> entry) {
		CurrentUser user = callers.childFileWorker(VisitManagement.FORBIDDEN);
		List<FieldProblem> problems = new ArrayList<>();
		String region = region(regionCode, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Long before = null;
		while (true) {
			List<Row> rows = rows(user, region, reason, before, 0, BATCH);
			entries(rows).forEach(entry);
			if (rows.size() < BATCH) {
				return;
			}
			before = rows.get(rows.size() - 1).childId();
			entities.clear();
		}
	}

	private String region(String regionCode, List<FieldProblem> problems) {
		String region = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
		if (region != null && RegionLevel.ofCode(region) == null) {
			problems.add(new FieldProblem("regionCode", messages.get("common.regionCode.invalid")));
		}
		return region;
	}

	private List<Row> rows(CurrentUser user, String region, CloseAttentionReason reason, Long before, long offset,
			int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("scope", user.jurisdiction());
		StringBuilder sql = new StringBuilder("""
				select child_id, close_attention, reasons, home_visit_due_on, open_problems from care_schedule
				where active = true and reasons is not null""").append(" and ")
				.append(RegionScope.sql(user.jurisdiction(), "scope"));
		if (region != null) {
			sql.append(" and ").append(RegionScope.sql(region, "region"));
			params.addValue("region", region);
		}
		if (reason != null) {
			// no reason code is part of another, so a substring match finds exactly the rows with the reason
			sql.append(" and reasons like :reason");
			params.addValue("reason", "%" + reason.name() + "%");
		}
		if (before != null) {
			sql.append(" and child_id < :before");
			params.addValue("before", before);
		}
		sql.append(" order by child_id desc offset ").append(offset).append(" rows fetch next ").append(limit)
				.append(" rows only");
		return jdbc.query(sql.toString(), params, (rs, n) -> new Row(rs.getLong(1), rs.getBoolean(2),
				CareSchedule.parse(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getInt(5)));
	}

	/** The rows with their children's list lines (rows outside the caller's jurisdiction cannot occur; they are left out). */
	private List<CareListEntry> entries(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, ChildSummary> summaries = children.summaries(rows.stream().map(Row::childId).toList());
		LocalDate today = LocalDate.now(clock);
		List<CareListEntry> entries = new ArrayList<>(rows.size());
		for (Row row : rows) {
			ChildSummary child = summaries.get(row.childId());
			if (child != null) {
				entries.add(new CareListEntry(child, row.closeAttention(), row.reasons(), row.homeVisitDueOn(),
						row.homeVisitDueOn().isBefore(today), row.openProblems()));
			}
		}
		return entries;
	}

	private record Row(long childId, boolean closeAttention, List<CloseAttentionReason> reasons,
			LocalDate homeVisitDueOn, int openProblems) {
	}
}

package org.shouhu.protection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.FieldCipher;
import org.shouhu.common.Messages;
import org.shouhu.region.RegionScope;
import org.shouhu.region.Regions;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mandatory reports on the to-do list (section {@code protection}, 强制报告与保护): for receivers, each received
 * report not yet accepted, {@code REPORT_ACCEPT_OVERDUE} once past its deadline (first, highlighted), else
 * {@code REPORT_TO_ACCEPT}; for the village's directors, {@code REPORT_CHILD_NOT_ON_FILE} for a report about a child
 * not yet on file ("登记此儿童"). Items carry {@code reportId}; their texts never name the reporter. Restricted to the
 * caller's jurisdiction in the query ({@link ReportAccess}); at most {@value #LIMIT} items of each kind.
 */
@Component
class ReportTaskContributor implements TaskContributor {

	static final int LIMIT = 200;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final NamedParameterJdbcTemplate jdbc;
	private final FieldCipher cipher;
	private final Regions regions;
	private final Messages messages;
	private final Clock clock;

	ReportTaskContributor(NamedParameterJdbcTemplate jdbc, FieldCipher cipher, Regions regions, Messages messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "protection";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean serves(CurrentUser caller) {
		return caller.has(Role.DEPARTMENT) || caller.has(Role.CIVIL_AFFAIRS) || caller.has(Role.CHILD_DIRECTOR);
	}

	@Override
	public List<TaskItem> itemsFor(CurrentUser caller) {
		Instant now = clock.instant();
		List<TaskItem> items = new ArrayList<>(toAccept(caller, now));
		if (caller.has(Role.CHILD_DIRECTOR)) {
			items.addAll(notOnFile(caller));
		}
		return items;
	}

	@Override
	public String groupOf(TaskItem item) {
		return item.overdue() ? "overdue" : "open";
	}

	@Override
	public String itemTemplate() {
		return "protection/tasks";
	}

	private List<TaskItem> toAccept(CurrentUser caller, Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", LIMIT);
		String received = ReportAccess.received(caller, params);
		if (received.equals("1 = 0")) {
			return List.of();
		}
		return jdbc.query("""
				select id, situation, accept_by, child_id, child_name, village_code from protection_report
				where status = 'RECEIVED' and %s
				order by accept_by, id
				limit :limit""".formatted(received), params, (rs, n) -> {
			Instant acceptBy = rs.getTimestamp("accept_by").toInstant();
			boolean overdue = now.isAfter(acceptBy);
			ReportSituation situation = ReportSituation.valueOf(rs.getString("situation"));
			long childId = rs.getLong("child_id");
			Long child = rs.wasNull() ? null : childId;
			String village = rs.getString("village_code");
			String childName = cipher.decrypt(rs.getString("child_name"));
			ReportTaskType type = overdue ? ReportTaskType.REPORT_ACCEPT_OVERDUE : ReportTaskType.REPORT_TO_ACCEPT;
			String title = messages.get(overdue ? "protection.report.task.overdue" : "protection.report.task.toAccept",
					situation.shortLabel());
			return new TaskItem(type.name(), LocalDate.ofInstant(acceptBy, clock.getZone()), title, overdue, child,
					childName, village, regions.name(village), null, rs.getLong("id"), null, null, null, null,
					messages.get("protection.report.task.acceptBy",
							TIME.format(acceptBy.atZone(clock.getZone()))));
		});
	}

	private List<TaskItem> notOnFile(CurrentUser caller) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", LIMIT)
				.addValue("scope", caller.jurisdiction());
		return jdbc.query("""
				select id, filed_at, child_name, village_code from protection_report
				where child_id is null and %s
				order by filed_at, id
				limit :limit""".formatted(RegionScope.sql(caller.jurisdiction(), "scope")), params, (rs, n) -> {
			String village = rs.getString("village_code");
			String childName = cipher.decrypt(rs.getString("child_name"));
			Instant filedAt = rs.getTimestamp("filed_at").toInstant();
			return new TaskItem(ReportTaskType.REPORT_CHILD_NOT_ON_FILE.name(),
					LocalDate.ofInstant(filedAt, clock.getZone()),
					messages.get("protection.report.task.notOnFile", childName), false, null, childName, village,
					regions.name(village), null, rs.getLong("id"), null, null, null, null,
					messages.get("protection.report.task.notOnFileNote"));
		});
	}
}

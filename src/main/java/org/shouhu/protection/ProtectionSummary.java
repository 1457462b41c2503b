package org.shouhu.protection;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.RegionScope;
import org.shouhu.region.Regions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county protection dashboard (issue 9 "Pages"): for a region, the open mandatory reports by status, how many are
 * overdue for acceptance, the median time to acceptance, active temporary guardianships and open caregiver cases,
 * with the same figures for each region one level down (drill-down).
 * <p>
 * Callers: civil affairs (民政) and 领导查看 (VIEWER: aggregate figures only, no report or file), for a region inside
 * their jurisdiction; other roles → 403, a region outside or unknown → 404. Aggregates carry no personal data, so
 * reading them is not audited as a VIEW of any file. Figures are current: grouped queries over the region column's
 * indexes (V13, V17) of {@code protection_report}, {@code protection_intervention} and {@code caregiver_case}.
 * <p>
 * Rules decided here: "open" = not yet {@code FEEDBACK_GIVEN}; overdue = {@code RECEIVED} and now after
 * {@code accept_by}; the median covers reports received in the last {@value #MEDIAN_WINDOW_DAYS} days that have been
 * accepted (a dashboard shows how fast the county answers now, not since the system started), computed with
 * {@code percentile_cont(0.5)} (PostgreSQL and H2), rounded to one decimal.
 */
@Service
@Transactional(readOnly = true)
public class ProtectionSummary {

	/** The median time to acceptance covers reports received in this many days up to now. */
	public static final int MEDIAN_WINDOW_DAYS = 90;

	/** The statuses counted as open, in the order the dashboard shows them. */
	public static final List<String> OPEN_STATUSES = List.of("RECEIVED", "ACCEPTED", "CONCLUDED");

	static final String FORBIDDEN = "protection.dashboard.forbidden";

	private final NamedParameterJdbcTemplate jdbc;
	private final Regions regions;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;

	ProtectionSummary(NamedParameterJdbcTemplate jdbc, Regions regions, Clock clock, Messages messages,
			Callers callers) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
	}

	/** {@code regionCode} null or blank means the caller's jurisdiction. */
	public ProtectionSummaryView summary(String regionCode) {
		return summary(regionCode, clock.instant());
	}

	/** As {@link #summary(String)} at {@code now} (the deadline boundary in tests). */
	ProtectionSummaryView summary(String regionCode, Instant now) {
		CurrentUser user = callers.holding(FORBIDDEN, Role.CIVIL_AFFAIRS, Role.VIEWER);
		String code = regionCode == null || regionCode.isBlank() ? user.jurisdiction() : regionCode.trim();
		Region region = regions.find(code)
				.filter(r -> user.covers(code))
				.orElseThrow(() -> new NotFoundException(messages.get("protection.dashboard.notFound", code)));
		RegionLevel level = region.getLevel();
		boolean village = level == RegionLevel.VILLAGE;
		String group = RegionScope.column(village ? RegionLevel.VILLAGE : level.below());
		String scope = RegionScope.sql(code, "region");
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("region", code)
				.addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.addValue("since", OffsetDateTime.ofInstant(now.minus(MEDIAN_WINDOW_DAYS, ChronoUnit.DAYS),
						ZoneOffset.UTC));

		Map<String, Counts> bySub = new HashMap<>();
		jdbc.query("""
				select %1$s, status, count(*), sum(case when status = 'RECEIVED' and accept_by < :now then 1 else 0 end)
				from protection_report
				where %2$s and status in ('RECEIVED', 'ACCEPTED', 'CONCLUDED')
				group by %1$s, status""".formatted(group, scope), params, rs -> {
			Counts counts = bySub.computeIfAbsent(rs.getString(1), k -> new Counts());
			counts.byStatus.merge(rs.getString(2), rs.getLong(3), Long::sum);
			counts.overdue += rs.getLong(4);
		});
		String minutes = "percentile_cont(0.5) within group (order by extract(epoch from accepted_at - received_at) / 60)";
		String accepted = "%s and received_at >= :since and accepted_at is not null".formatted(scope);
		if (!village) {
			jdbc.query("select %1$s, %2$s from protection_report where %3$s group by %1$s".formatted(group, minutes,
					accepted), params, rs -> {
						bySub.computeIfAbsent(rs.getString(1), k -> new Counts()).median = rounded(rs.getObject(2));
					});
		}
		Double median = rounded(jdbc.queryForObject("select %s from protection_report where %s".formatted(minutes,
				accepted), params, Object.class));
		jdbc.query("""
				select %1$s, count(*) from protection_intervention
				where %2$s and type = 'TEMPORARY_GUARDIANSHIP' and status = 'ACTIVE'
				group by %1$s""".formatted(group, scope), params, rs -> {
			bySub.computeIfAbsent(rs.getString(1), k -> new Counts()).guardianships = rs.getLong(2);
		});
		jdbc.query("""
				select %1$s, count(*) from caregiver_case where %2$s and status = 'OPEN'
				group by %1$s""".formatted(group, scope), params, rs -> {
			bySub.computeIfAbsent(rs.getString(1), k -> new Counts()).caregiverCases = rs.getLong(2);
		});

		Counts total = new Counts();
		bySub.values().forEach(total::add);
		List<ProtectionSummaryView.SubRegion> rows = new ArrayList<>();
		if (!village) {
			for (Region sub : regions.children(code)) {
				rows.add(bySub.getOrDefault(sub.getCode(), new Counts()).row(sub.getCode(), sub.getName()));
				bySub.remove(sub.getCode());
			}
			new TreeSet<>(bySub.keySet()).stream().filter(java.util.Objects::nonNull)
					.forEach(sub -> rows.add(bySub.get(sub).row(sub, regions.name(sub))));
			rows.sort(Comparator.comparing(ProtectionSummaryView.SubRegion::regionCode));
		}
		String name = Regions.COUNTRY.equals(code) ? regions.fullName(code) : region.getName();
		return new ProtectionSummaryView(code, name, total.statuses(), total.open(), total.overdue, median,
				MEDIAN_WINDOW_DAYS, total.guardianships, total.caregiverCases, List.copyOf(rows));
	}

	private static Double rounded(Object value) {
		if (value == null) {
			return null;
		}
		double minutes = ((Number) value).doubleValue();
		return Math.round(minutes * 10) / 10.0;
	}

	private static final class Counts {

		final Map<String, Long> byStatus = new HashMap<>();
		long overdue;
		Double median;
		long guardianships;
		long caregiverCases;

		void add(Counts other) {
			other.byStatus.forEach((status, n) -> byStatus.merge(status, n, Long::sum));
			overdue += other.overdue;
			guardianships += other.guardianships;
			caregiverCases += other.caregiverCases;
		}

		Map<String, Long> statuses() {
			Map<String, Long> ordered = new LinkedHashMap<>();
			OPEN_STATUSES.forEach(status -> ordered.put(status, byStatus.getOrDefault(status, 0L)));
			return ordered;
		}

		long open() {
			return byStatus.values().stream().mapToLong(Long::longValue).sum();
		}

		ProtectionSummaryView.SubRegion row(String code, String name) {
			return new ProtectionSummaryView.SubRegion(code, name, statuses(), open(), overdue, median, guardianships,
					caregiverCases);
		}
	}
}

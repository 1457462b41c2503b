package org.shouhu.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.Category;
import org.shouhu.child.Gender;
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
 * The statistics summary of a region ({@link StatisticsSummary}), current to the last commit (package-info).
 * <p>
 * Callers: every role that works with child files and 领导查看 (VIEWER), for a region inside their jurisdiction
 * ({@code callers.statisticsReader}); other roles → 403; a region outside the jurisdiction or unknown → 404; no
 * region → the caller's jurisdiction. Aggregates carry no personal data, so reading them is not audited as a VIEW of
 * any file. {@link #summaryAsSystem} skips the caller check (the survey rounds' frozen snapshot).
 */
@Service
@Transactional(readOnly = true)
public class StatisticsSummaries {

	static final String FORBIDDEN = "statistics.forbidden";

	private final NamedParameterJdbcTemplate jdbc;
	private final Regions regions;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;

	StatisticsSummaries(NamedParameterJdbcTemplate jdbc, Regions regions, Clock clock, Messages messages,
			Callers callers) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
	}

	/** The summary of {@code regionCode} (null or blank: the caller's jurisdiction); 403 / 404 as the class says. */
	public StatisticsSummary summary(String regionCode) {
		CurrentUser user = callers.statisticsReader(FORBIDDEN);
		String code = regionCode == null || regionCode.isBlank() ? user.jurisdiction() : regionCode.trim();
		Region region = regions.find(code).filter(r -> user.covers(code)).orElseThrow(() -> notFound(code));
		return compute(region);
	}

	/** The summary of {@code regionCode} without a caller check (jobs, the survey rounds); unknown region → 404. */
	public StatisticsSummary summaryAsSystem(String regionCode) {
		String code = regionCode == null ? "" : regionCode.trim();
		return compute(regions.find(code).orElseThrow(() -> notFound(code)));
	}

	private NotFoundException notFound(String code) {
		return new NotFoundException(messages.get("statistics.notFound", code));
	}

	private StatisticsSummary compute(Region region) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		RegionLevel level = region.getLevel();
		Tally total = new Tally();
		Map<String, Tally> bySub = new HashMap<>();
		if (level == RegionLevel.COUNTY || level == RegionLevel.TOWNSHIP || level == RegionLevel.VILLAGE) {
			fromRows(region.getCode(), level, today, total, bySub);
		} else {
			fromCounters(region.getCode(), level, today, total, bySub);
		}
		List<StatisticsSummary.RegionFigures> byRegion = new ArrayList<>();
		if (level != RegionLevel.VILLAGE) {
			for (Region sub : regions.children(region.getCode())) {
				Tally t = bySub.getOrDefault(sub.getCode(), new Tally());
				byRegion.add(new StatisticsSummary.RegionFigures(sub.getCode(), sub.getName(), t.children,
						t.byCategory()));
			}
		}
		return new StatisticsSummary(region.getCode(), now, total.children, total.byCategory(), total.byCaregiver(),
				total.byAgeBand(), total.byGender(), byRegion);
	}

	/** County and below: one grouped query over {@code stat_child}'s region index, exact ages as of {@code today}. */
	private void fromRows(String code, RegionLevel level, LocalDate today, Tally total, Map<String, Tally> bySub) {
		String sub = level == RegionLevel.VILLAGE ? "village_code" : RegionScope.column(level.below());
		StringBuilder sums = new StringBuilder();
		for (Category c : Category.values()) {
			sums.append(", sum(").append(StatisticsCounters.CATEGORY_COLUMNS.get(c)).append(')');
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("code", code)
				.addValue("c6", today.minusYears(6)).addValue("c14", today.minusYears(14))
				.addValue("c18", today.minusYears(18));
		jdbc.query("""
				select sub, gender, caregiver, band, count(*)%3$s
				from (select %1$s as sub, gender, caregiver, left_behind, orphan, de_facto, poverty, disability,
				             guardianship,
				             case when birth_date > :c6 then 0 when birth_date > :c14 then 1
				                  when birth_date > :c18 then 2 else 3 end as band
				      from stat_child where %2$s) t
				group by sub, gender, caregiver, band""".formatted(sub, RegionScope.sql(code, "code"), sums),
				params, rs -> {
					long n = rs.getLong(5);
					long[] categories = new long[Category.values().length];
					for (int i = 0; i < categories.length; i++) {
						categories[i] = rs.getLong(6 + i);
					}
					Tally subTally = bySub.computeIfAbsent(rs.getString(1), k -> new Tally());
					for (Tally t : List.of(total, subTally)) {
						t.children += n;
						for (int i = 0; i < categories.length; i++) {
							t.categories[i] += categories[i];
						}
					}
					total.genders.merge(rs.getString(2), n, Long::sum);
					long leftBehind = categories[Category.LEFT_BEHIND.ordinal()];
					if (leftBehind > 0) {
						total.caregivers.merge(rs.getString(3), leftBehind, Long::sum);
					}
					int band = rs.getInt(4);
					if (band < StatisticsSummary.AGE_BANDS.size()) {
						total.bands[band] += n;
					}
				});
	}

	/**
	 * City, province, country: sums of the county counters, the sub-region being a prefix of the county code; age
	 * bands from the birth-month counters and an exact count of each boundary month.
	 */
	private void fromCounters(String code, RegionLevel level, LocalDate today, Tally total,
			Map<String, Tally> bySub) {
		boolean country = level == RegionLevel.COUNTRY;
		String prefix = country ? "" : code;
		int subLength = level.below().codeLength();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("lo", pad(prefix, '0'))
				.addValue("hi", pad(prefix, '9'));
		jdbc.query("""
				select county_code, dim, k, n from stat_county
				where dim in ('C', 'CAT', 'CARE', 'G') and county_code between :lo and :hi and n <> 0""", params, rs -> {
			String county = rs.getString(1);
			String dim = rs.getString(2);
			String key = rs.getString(3);
			long n = rs.getLong(4);
			Tally sub = bySub.computeIfAbsent(county.substring(0, subLength), k -> new Tally());
			switch (dim) {
			case "C" -> {
				total.children += n;
				sub.children += n;
			}
			case "CAT" -> {
				int i = Category.valueOf(key).ordinal();
				total.categories[i] += n;
				sub.categories[i] += n;
			}
			case "CARE" -> total.caregivers.merge(key, n, Long::sum);
			case "G" -> total.genders.merge(key, n, Long::sum);
			default -> {
			}
			}
		});
		// born after each cutoff: the months after its month from the counters, its own month counted exactly
		LocalDate[] cutoffs = { today.minusYears(6), today.minusYears(14), today.minusYears(18) };
		for (int i = 0; i < cutoffs.length; i++) {
			params.addValue("m" + i, month(cutoffs[i])).addValue("k" + i, Integer.toString(month(cutoffs[i])))
					.addValue("c" + i, cutoffs[i]);
		}
		long[] younger = new long[cutoffs.length];
		jdbc.query("""
				select sum(case when k > :k0 then n else 0 end), sum(case when k > :k1 then n else 0 end),
				       sum(case when k > :k2 then n else 0 end)
				from stat_county where dim = 'B' and county_code between :lo and :hi""", params, rs -> {
			for (int i = 0; i < younger.length; i++) {
				younger[i] += rs.getLong(i + 1);
			}
		});
		jdbc.query("""
				select sum(case when birth_month = :m0 and birth_date > :c0 then 1 else 0 end),
				       sum(case when birth_month = :m1 and birth_date > :c1 then 1 else 0 end),
				       sum(case when birth_month = :m2 and birth_date > :c2 then 1 else 0 end)
				from stat_child where birth_month in (:m0, :m1, :m2) and county_code between :lo and :hi""", params,
				rs -> {
					for (int i = 0; i < younger.length; i++) {
						younger[i] += rs.getLong(i + 1);
					}
				});
		total.bands[0] = younger[0];
		total.bands[1] = younger[1] - younger[0];
		total.bands[2] = younger[2] - younger[1];
	}

	private static int month(LocalDate date) {
		return date.getYear() * 100 + date.getMonthValue();
	}

	private static String pad(String prefix, char with) {
		return prefix + String.valueOf(with).repeat(6 - prefix.length());
	}

	/** Figures being added up. */
	private static final class Tally {

		long children;
		final long[] categories = new long[Category.values().length];
		final long[] bands = new long[StatisticsSummary.AGE_BANDS.size()];
		final Map<String, Long> caregivers = new HashMap<>();
		final Map<String, Long> genders = new HashMap<>();

		Map<String, Long> byCategory() {
			Map<String, Long> map = new LinkedHashMap<>();
			for (Category c : Category.values()) {
				map.put(c.name(), categories[c.ordinal()]);
			}
			return map;
		}

		Map<String, Long> byCaregiver() {
			Map<String, Long> map = new LinkedHashMap<>();
			for (CaregiverRelation r : CaregiverRelation.values()) {
				map.put(r.name(), caregivers.getOrDefault(r.name(), 0L));
			}
			map.put(StatisticsSummary.NO_CAREGIVER, caregivers.getOrDefault(StatisticsSummary.NO_CAREGIVER, 0L));
			return map;
		}

		Map<String, Long> byAgeBand() {
			Map<String, Long> map = new LinkedHashMap<>();
			for (int i = 0; i < bands.length; i++) {
				map.put(StatisticsSummary.AGE_BANDS.get(i), bands[i]);
			}
			return map;
		}

		Map<String, Long> byGender() {
			Map<String, Long> map = new LinkedHashMap<>();
			for (Gender g : Gender.values()) {
				map.put(g.name(), genders.getOrDefault(g.name(), 0L));
			}
			return map;
		}
	}
}

package org.shouhu.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.Category;
import org.shouhu.child.Gender;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of a region counted straight from the {@code child} table, the way a person would count them (active,
 * at least one category; age as of {@code today}): the oracle the live statistics are compared with.
 */
record DirectCount(long children, Map<String, Long> byCategory, Map<String, Long> leftBehindByCaregiver,
		Map<String, Long> byAgeBand, Map<String, Long> byGender) {

	static DirectCount of(JdbcTemplate jdbc, String regionCode, LocalDate today) {
		Map<String, Long> categories = new LinkedHashMap<>();
		for (Category c : Category.values()) {
			categories.put(c.name(), 0L);
		}
		Map<String, Long> caregivers = new LinkedHashMap<>();
		for (CaregiverRelation r : CaregiverRelation.values()) {
			caregivers.put(r.name(), 0L);
		}
		caregivers.put("NONE", 0L);
		Map<String, Long> bands = new LinkedHashMap<>();
		bands.put("0-5", 0L);
		bands.put("6-13", 0L);
		bands.put("14-17", 0L);
		Map<String, Long> genders = new LinkedHashMap<>();
		for (Gender g : Gender.values()) {
			genders.put(g.name(), 0L);
		}
		long[] children = { 0 };
		String prefix = "CN".equals(regionCode) ? "" : regionCode;
		jdbc.query("""
				select birth_date, gender, category_codes, caregiver_relation from child
				where status = 'ACTIVE' and village_code like ?""", rs -> {
			String codes = rs.getString(3);
			if (codes.equals(",")) {
				return;
			}
			children[0]++;
			for (String code : codes.substring(1).split(",")) {
				categories.merge(code, 1L, Long::sum);
			}
			if (codes.contains(",LEFT_BEHIND,")) {
				String relation = rs.getString(4);
				caregivers.merge(relation == null ? "NONE" : relation, 1L, Long::sum);
			}
			genders.merge(rs.getString(2), 1L, Long::sum);
			int age = java.time.Period.between(rs.getObject(1, LocalDate.class), today).getYears();
			String band = age <= 5 ? "0-5" : age <= 13 ? "6-13" : age <= 17 ? "14-17" : null;
			if (band != null) {
				bands.merge(band, 1L, Long::sum);
			}
		}, prefix + "%");
		return new DirectCount(children[0], categories, caregivers, bands, genders);
	}

	static DirectCount of(StatisticsSummary summary) {
		return new DirectCount(summary.children(), summary.byCategory(), summary.leftBehindByCaregiver(),
				summary.byAgeBand(), summary.byGender());
	}
}

package org.shouhu.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consistency check and rebuild of the live statistics: the counters against a direct count of the child files
 * (set-based, the same statements as migration V21). For operators and tests, no caller check, no endpoint; a rebuild
 * replaces both tables in one transaction and is meant for a quiet moment (a file saved during it may be counted
 * as it was when the rebuild read it).
 */
@Service
public class StatisticsRebuild {

	/** The contribution rows of every counted file, straight from {@code child} (as V21). */
	static final String CONTRIBUTIONS = """
			select c.id as child_id, substring(c.village_code from 1 for 2) as province_code,
			       substring(c.village_code from 1 for 4) as city_code, substring(c.village_code from 1 for 6) as county_code,
			       substring(c.village_code from 1 for 9) as township_code, c.village_code, c.birth_date,
			       extract(year from c.birth_date) * 100 + extract(month from c.birth_date) as birth_month, c.gender,
			       case when c.category_codes like '%,LEFT_BEHIND,%' then 1 else 0 end as left_behind,
			       case when c.category_codes like '%,ORPHAN,%' then 1 else 0 end as orphan,
			       case when c.category_codes like '%,DE_FACTO_UNSUPPORTED,%' then 1 else 0 end as de_facto,
			       case when c.category_codes like '%,POVERTY_DIFFICULTY,%' then 1 else 0 end as poverty,
			       case when c.category_codes like '%,DISABILITY_DIFFICULTY,%' then 1 else 0 end as disability,
			       case when c.category_codes like '%,GUARDIANSHIP_DIFFICULTY,%' then 1 else 0 end as guardianship,
			       coalesce(c.caregiver_relation, 'NONE') as caregiver
			from child c
			where c.status = 'ACTIVE' and c.category_codes <> ','""";

	/** The counters of {@code %s} (a table or subquery with the columns of {@code stat_child}). */
	static final String COUNTERS = """
			select county_code, 'C' as dim, '-' as k, count(*) as n from %1$s s group by county_code
			union all select county_code, 'CAT', 'LEFT_BEHIND', sum(left_behind) from %1$s s group by county_code having sum(left_behind) > 0
			union all select county_code, 'CAT', 'ORPHAN', sum(orphan) from %1$s s group by county_code having sum(orphan) > 0
			union all select county_code, 'CAT', 'DE_FACTO_UNSUPPORTED', sum(de_facto) from %1$s s group by county_code having sum(de_facto) > 0
			union all select county_code, 'CAT', 'POVERTY_DIFFICULTY', sum(poverty) from %1$s s group by county_code having sum(poverty) > 0
			union all select county_code, 'CAT', 'DISABILITY_DIFFICULTY', sum(disability) from %1$s s group by county_code having sum(disability) > 0
			union all select county_code, 'CAT', 'GUARDIANSHIP_DIFFICULTY', sum(guardianship) from %1$s s group by county_code having sum(guardianship) > 0
			union all select county_code, 'CARE', caregiver, count(*) from %1$s s where left_behind = 1 group by county_code, caregiver
			union all select county_code, 'G', gender, count(*) from %1$s s group by county_code, gender
			union all select county_code, 'B', cast(birth_month as varchar(6)), count(*) from %1$s s group by county_code, birth_month""";

	private final JdbcTemplate jdbc;

	StatisticsRebuild(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counters that differ from a direct count of the files, as {@code county/dim/key: counted → expected}, and
	 * the number of contribution rows that differ from their file; empty when consistent.
	 */
	@Transactional(readOnly = true)
	public List<String> check() {
		Map<String, Long> expected = counters("(" + CONTRIBUTIONS + ")");
		Map<String, Long> counted = new HashMap<>();
		jdbc.query("select county_code, dim, k, n from stat_county where n <> 0",
				rs -> {
					counted.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4));
				});
		Map<String, String> differences = new TreeMap<>();
		expected.forEach((key, n) -> {
			if (!n.equals(counted.getOrDefault(key, 0L))) {
				differences.put(key, counted.getOrDefault(key, 0L) + " → " + n);
			}
		});
		counted.forEach((key, n) -> {
			if (!expected.containsKey(key)) {
				differences.put(key, n + " → 0");
			}
		});
		List<String> problems = new ArrayList<>();
		differences.forEach((key, text) -> problems.add(key + ": " + text));
		Long rows = jdbc.queryForObject("""
				select count(*) from (%s) e
				where not exists (select 1 from stat_child s where s.child_id = e.child_id
				    and s.village_code = e.village_code and s.birth_date = e.birth_date and s.gender = e.gender
				    and s.left_behind = e.left_behind and s.orphan = e.orphan and s.de_facto = e.de_facto
				    and s.poverty = e.poverty and s.disability = e.disability and s.guardianship = e.guardianship
				    and s.caregiver = e.caregiver)""".formatted(CONTRIBUTIONS), Long.class);
		Long extra = jdbc.queryForObject("select count(*) from stat_child s where not exists (select 1 from child c "
				+ "where c.id = s.child_id and c.status = 'ACTIVE' and c.category_codes <> ',')", Long.class);
		if (rows != null && rows > 0 || extra != null && extra > 0) {
			problems.add("stat_child: " + rows + " missing or different, " + extra + " not counted any more");
		}
		return problems;
	}

	/** Rebuilds both tables from the files (set-based, one transaction). Returns the number of counted files. */
	@Transactional
	public int rebuild() {
		jdbc.update("delete from stat_county");
		jdbc.update("delete from stat_child");
		int rows = jdbc.update("""
				insert into stat_child (child_id, province_code, city_code, county_code, township_code, village_code,
				        birth_date, birth_month, gender, left_behind, orphan, de_facto, poverty, disability,
				        guardianship, caregiver)
				""" + CONTRIBUTIONS);
		jdbc.update("insert into stat_county (county_code, dim, k, n) " + COUNTERS.formatted("stat_child"));
		return rows;
	}

	private Map<String, Long> counters(String source) {
		Map<String, Long> counters = new HashMap<>();
		jdbc.query(COUNTERS.formatted(source), rs -> {
			counters.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4));
		});
		return counters;
	}
}

package org.shouhu.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated data for the protection benchmark on PostgreSQL (docs/benchmarks.md, "Protection response"), in
 * set-based SQL; every draw is a hash of a row id, so the same database gives the same data. The template must hold
 * one connection ({@code SingleConnectionDataSource}): foreign-key triggers are off for the session and a temporary
 * table holds the picked files.
 * <ul>
 * <li>{@link #multiplyFiles}: copies the child files that the bulk generator registered (with their categories,
 * parents' situations and care schedules; not their history or audit records) until the table holds the target
 * number of files — the copies keep their village, have ids above the originals and ID-number hashes of their own.
 * Registering a million files through the application takes about an hour; the copies took 4.5 minutes here.</li>
 * <li>{@link #generateReports}: mandatory reports about files of the province, in every status, with handling
 * actions, the reporter's name and phone encrypted by the application's key, plus active and ended temporary
 * guardianships and open and closed caregiver cases.</li>
 * </ul>
 */
final class ProtectionDataGenerator {

	private ProtectionDataGenerator() {
	}

	/** Copies files until {@code child} holds at least {@code target} rows; does nothing when it already does. */
	static void multiplyFiles(JdbcTemplate jdbc, long target) {
		long files = jdbc.queryForObject("select count(*) from child", Long.class);
		if (files >= target) {
			System.out.printf("child files: %,d (no copies needed)%n", files);
			return;
		}
		long maxId = jdbc.queryForObject("select max(id) from child", Long.class);
		long offset = (maxId / 1_000_000 + 1) * 1_000_000;
		long copies = (target - files + files - 1) / files;
		long started = System.nanoTime();
		for (String table : List.of("child", "child_category", "child_parent_situation", "care_schedule")) {
			jdbc.execute("analyze " + table);
		}
		jdbc.execute("set session_replication_role = replica");
		try {
			for (long n = 1; n <= copies; n++) {
				long shift = n * offset;
				long limit = Math.min(files, target - jdbc.queryForObject("select count(*) from child", Long.class));
				long lastId = jdbc.queryForObject("select id from child order by id offset ? limit 1", Long.class,
						limit - 1);
				copy(jdbc, "child", "id", "c.id + " + shift, "id_number_hash",
						"case when c.id_number_hash is null then null else md5(c.id_number_hash || '-" + n + "') end",
						"c.id <= " + lastId);
				for (String table : List.of("child_category", "child_parent_situation", "care_schedule")) {
					copy(jdbc, table, "child_id", "c.child_id + " + shift, null, null, "c.child_id <= " + lastId);
				}
				System.out.printf("  copy %d: %,d files%n", n, limit);
			}
		}
		finally {
			jdbc.execute("set session_replication_role = origin");
		}
		jdbc.execute("select setval(pg_get_serial_sequence('child', 'id'), (select max(id) from child))");
		for (String table : List.of("child", "child_category", "child_parent_situation", "care_schedule")) {
			jdbc.execute("analyze " + table);
		}
		System.out.printf("child files: %,d copied to %,d in %.1f s%n", files,
				jdbc.queryForObject("select count(*) from child", Long.class), (System.nanoTime() - started) / 1e9);
	}

	private static void copy(JdbcTemplate jdbc, String table, String keyColumn, String keyValue, String column,
			String value, String where) {
		List<String> columns = jdbc.queryForList("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = ? order by ordinal_position""", String.class,
				table);
		String names = columns.stream().collect(Collectors.joining(", "));
		String values = columns.stream()
			.map(c -> c.equals(keyColumn) ? keyValue : c.equals(column) ? value : "c." + c)
			.collect(Collectors.joining(", "));
		jdbc.update("insert into " + table + " (" + names + ") overriding system value select " + values + " from "
				+ table + " c where " + where);
	}

	/**
	 * Makes {@code count} reports about active files of {@code province} when the province has none: received over
	 * the last year (the open ones in the last two days), 2 % waiting for acceptance (half of them past their
	 * deadline), 8 % accepted, 6 % concluded, the rest with feedback; reporters 40 % village committees, 20 % schools,
	 * 10 % hospitals, 15 % hotline, 15 % the public, routed as the rules route them. Also 1 temporary guardianship per
	 * 25 reports (40 % still active) and 1 caregiver case per 10 (40 % open).
	 */
	static void generateReports(JdbcTemplate jdbc, String province, int count, long filerId, String encryptedName,
			String encryptedPhone, Instant now) {
		long existing = jdbc.queryForObject("select count(*) from protection_report where province_code = ?",
				Long.class, province);
		if (existing > 0) {
			System.out.printf("reports in province %s: %,d (none generated)%n", province, existing);
			holdOnePerChild(jdbc);
			return;
		}
		long started = System.nanoTime();
		long files = jdbc.queryForObject("select count(*) from child where province_code = ? and status = 'ACTIVE'",
				Long.class, province);
		long step = Math.max(1, files / count);
		jdbc.execute("set session_replication_role = replica");
		try {
			jdbc.update("""
					create temporary table bench_pick as
					select c.id, c.province_code, c.city_code, c.county_code, c.township_code, c.village_code,
					       abs(hashint8(c.id)) % 1000 as d, abs(hashint8(c.id * 31 + 7)) % 100 as r,
					       abs(hashint8(c.id * 17 + 3)) % 525600 as m
					from (select ch.*, row_number() over (order by ch.id) as rn from child ch
					      where ch.province_code = ? and ch.status = 'ACTIVE') c
					where c.rn % ? = 0 limit ?""", province, step, count);
			jdbc.update("""
					insert into protection_report (version, status, situation, description, occurred_on, received_at,
					    accept_by, routed_to, routed_education, routed_health, child_id, child_name, province_code,
					    city_code, county_code, township_code, village_code, reporter_type, reporter_name,
					    reporter_phone, filed_by_user_id, filed_by, filed_at, accepted_at, accepted_by, concluded_at,
					    concluded_by, result, harm_confirmed, feedback, feedback_at, feedback_by)
					select 0, s.status, s.situation, '基准测试生成的报告：发现儿童独自在家多日，无人照料。',
					       cast(s.received as date) - 1, s.received, s.received + interval '60 minutes',
					       case when s.reporter = 'SCHOOL' then 'PUBLIC_SECURITY,CIVIL_AFFAIRS,EDUCATION'
					            when s.reporter = 'MEDICAL' then 'PUBLIC_SECURITY,CIVIL_AFFAIRS,HEALTH'
					            else 'PUBLIC_SECURITY,CIVIL_AFFAIRS' end,
					       s.reporter = 'SCHOOL', s.reporter = 'MEDICAL', s.id, null, s.province_code, s.city_code,
					       s.county_code, s.township_code, s.village_code, s.reporter, ?, ?, ?, '基准测试', s.received,
					       case when s.status <> 'RECEIVED' then s.received + (s.r % 50 + 5) * interval '1 minute' end,
					       case when s.status <> 'RECEIVED' then '基准测试公安' end,
					       case when s.status in ('CONCLUDED', 'FEEDBACK_GIVEN') then s.received + interval '3 days' end,
					       case when s.status in ('CONCLUDED', 'FEEDBACK_GIVEN') then '基准测试公安' end,
					       case when s.status in ('CONCLUDED', 'FEEDBACK_GIVEN') then '已核实处置。' end,
					       case when s.status in ('CONCLUDED', 'FEEDBACK_GIVEN') then s.r < 30 end,
					       case when s.status = 'FEEDBACK_GIVEN' then '已处置，感谢报告。' end,
					       case when s.status = 'FEEDBACK_GIVEN' then s.received + interval '4 days' end,
					       case when s.status = 'FEEDBACK_GIVEN' then '基准测试民政' end
					from (select p.*,
					             case when p.d < 20 then 'RECEIVED' when p.d < 100 then 'ACCEPTED'
					                  when p.d < 160 then 'CONCLUDED' else 'FEEDBACK_GIVEN' end as status,
					             case when p.r < 40 then 'VILLAGE_COMMITTEE' when p.r < 60 then 'SCHOOL'
					                  when p.r < 70 then 'MEDICAL' when p.r < 85 then 'HOTLINE' else 'PUBLIC' end as reporter,
					             (array['ABANDONMENT_OR_NEGLECT', 'SUSPECTED_VIOLENCE_INJURY', 'MISSING_OR_TRAFFICKED',
					                    'OTHER_SERIOUS_HARM', 'GENITAL_INJURY', 'SEXUAL_ASSAULT_UNDER_14',
					                    'PREGNANCY_FROM_ASSAULT_14_PLUS', 'ABNORMAL_DISABILITY_OR_DEATH',
					                    'ORGANIZED_BEGGING'])[p.r % 9 + 1] as situation,
					             case when p.d < 10 then cast(? as timestamp with time zone)
					                                     - (p.m % 2880 + 61) * interval '1 minute'
					                  when p.d < 20 then cast(? as timestamp with time zone) - (p.m % 50 + 1) * interval '1 minute'
					                  when p.d < 100 then cast(? as timestamp with time zone) - (p.m % 20160) * interval '1 minute'
					                  else cast(? as timestamp with time zone) - (p.m + 20160) * interval '1 minute' end as received
					      from bench_pick p) s""",
					encryptedName, encryptedPhone, filerId, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now),
					java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
			jdbc.update("""
					insert into protection_report_action (report_id, taken_on, description, recorded_by, recorded_at)
					select r.id, cast(r.accepted_at as date), '到户核查，联系监护人。', '基准测试公安', r.accepted_at
					from protection_report r where r.province_code = ? and r.status <> 'RECEIVED'""", province);
			jdbc.update("""
					insert into protection_intervention (version, child_id, province_code, city_code, county_code,
					    township_code, village_code, type, status, started_on, acting_unit, note, basis, placement,
					    ended_on, outcome, recorded_by, recorded_at, ended_by, ended_at)
					select 0, p.id, p.province_code, p.city_code, p.county_code, p.township_code, p.village_code,
					       'TEMPORARY_GUARDIANSHIP', case when p.r < 40 then 'ACTIVE' else 'ENDED' end,
					       cast(? as date) - cast(p.m % 300 + 30 as integer), '县民政局', null, 'GUARDIAN_NEGLECT',
					       'KINSHIP', case when p.r < 40 then null else cast(? as date) - cast(p.m % 29 as integer) end,
					       case when p.r < 40 then null else 'RETURNED_HOME' end, '基准测试民政', ?,
					       case when p.r < 40 then null else '基准测试民政' end,
					       case when p.r < 40 then null else cast(? as timestamp with time zone) end
					from bench_pick p where p.d % 25 = 0""", java.sql.Date.valueOf(now.atZone(java.time.ZoneOffset.UTC)
					.toLocalDate()), java.sql.Date.valueOf(now.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
					java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
			jdbc.update("""
					insert into caregiver_case (version, child_id, province_code, city_code, county_code, township_code,
					    village_code, status, reason, opened_on, opened_at, outcome, closed_on, closed_by, closed_at)
					select 0, p.id, p.province_code, p.city_code, p.county_code, p.township_code, p.village_code,
					       case when p.r < 40 then 'OPEN' else 'CLOSED' end, 'VISIT_GUARDIANSHIP_SERIOUS',
					       cast(? as date) - cast(p.m % 200 + 10 as integer), ?,
					       case when p.r < 40 then null else 'CAREGIVER_IMPROVED' end,
					       case when p.r < 40 then null else cast(? as date) - cast(p.m % 9 as integer) end,
					       case when p.r < 40 then null else '基准测试主任' end,
					       case when p.r < 40 then null else cast(? as timestamp with time zone) end
					from bench_pick p where p.d % 10 = 3""", java.sql.Date.valueOf(now.atZone(java.time.ZoneOffset.UTC)
					.toLocalDate()), java.sql.Timestamp.from(now), java.sql.Date.valueOf(now.atZone(java.time.ZoneOffset.UTC)
					.toLocalDate()), java.sql.Timestamp.from(now));
		}
		finally {
			jdbc.execute("drop table if exists bench_pick");
			jdbc.execute("set session_replication_role = origin");
		}
		holdOnePerChild(jdbc);
		for (String table : List.of("protection_report", "protection_report_action", "protection_intervention",
				"caregiver_case", "child")) {
			jdbc.execute("analyze " + table);
		}
		System.out.printf("reports in province %s: %,d generated in %.1f s; by status %s%n", province,
				jdbc.queryForObject("select count(*) from protection_report where province_code = ?", Long.class,
						province),
				(System.nanoTime() - started) / 1e9,
				jdbc.queryForList("select status || '=' || count(*) from protection_report where province_code = ? "
						+ "group by status order by status", String.class, province));
	}

	/**
	 * The rules the services hold: one active temporary guardianship and one open caregiver case per child (V15's
	 * {@code active_child_id}, V16's {@code open_child_id}), and the file's mark 临时监护中. A child picked twice keeps
	 * its first row active or open; the others are ended or closed. Idempotent.
	 */
	static void holdOnePerChild(JdbcTemplate jdbc) {
		jdbc.update("""
				update protection_intervention i set status = 'ENDED', outcome = 'RETURNED_HOME', ended_on = i.started_on,
				    ended_by = '基准测试民政', ended_at = i.recorded_at
				where i.status = 'ACTIVE' and exists (select 1 from protection_intervention o where o.child_id = i.child_id
				    and o.status = 'ACTIVE' and o.id < i.id)""");
		jdbc.update("update protection_intervention set active_child_id = child_id "
				+ "where status = 'ACTIVE' and active_child_id is null");
		jdbc.update("""
				update child c set temporary_guardianship = true where not c.temporary_guardianship and exists
				    (select 1 from protection_intervention i where i.active_child_id = c.id)""");
		jdbc.update("""
				update caregiver_case k set status = 'CLOSED', outcome = 'CAREGIVER_IMPROVED', closed_on = k.opened_on,
				    closed_by = '基准测试主任', closed_at = k.opened_at
				where k.status = 'OPEN' and exists (select 1 from caregiver_case o where o.child_id = k.child_id
				    and o.status = 'OPEN' and o.id < k.id)""");
		jdbc.update("update caregiver_case set open_child_id = child_id where status = 'OPEN' and open_child_id is null");
	}
}

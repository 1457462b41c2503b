package org.shouhu.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Gives every child file of a PostgreSQL database (filled by the bulk child generator, schema migrated to V9 or
 * later) a visit history of the last 90 days and brings {@code care_schedule} in line with it, in a few set-based
 * statements (see docs/benchmarks.md, "Frontline care at one million files"). Runs once: when generated visits exist
 * it does nothing.
 * <p>
 * Per child (pseudo-random but reproducible: every draw is {@code hashint8extended(child id, seed)}): 8–12 visits,
 * the latest 0–6 days ago for 85 % of the children and 8–30 days ago for 15 % (contact overdue under the default
 * 7 days), then one a week further back (0–2 days earlier at random), none older than 90 days (children last seen long
 * ago have fewer); every fourth visit a home visit, every second for children in close attention (about monthly and
 * fortnightly), the latest of them among the latest four (two) visits — except for 3 % of the children whose last
 * home visit lies five or six visits back (home visit overdue). Contacts mostly by phone, some by video or in person;
 * home visits in person. Findings: about 7 % of the visits find a concern in some area (0.2–0.3 % serious per area),
 * 40 % of those record problems with follow-up, which opens a problem; problems found in the last 21 days are still
 * open in a quarter of the cases, the others were resolved 3–12 days after the visit. Then each schedule row takes
 * its latest contact, latest home visit, latest findings (psychology, safety), open problems, close-attention reasons
 * and due dates under the county's policy (defaults 7/30/14), exactly as {@code CareSchedule.recompute} does.
 * Foreign-key triggers are off while it runs ({@code session_replication_role = replica}, superuser): the ids come
 * from the tables they refer to.
 * <p>
 * Run alone (the application must have migrated the database once):
 * <pre>
 * SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/bench SPRING_DATASOURCE_USERNAME=postgres \
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.shouhu.benchmark.CareDataGenerator"
 * </pre>
 */
public final class CareDataGenerator {

	/** {@code recorded_by} of generated visits: how a second run knows they exist. */
	static final String MARKER = "生成数据";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private CareDataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		String url = env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/bench");
		try (Connection connection = DriverManager.getConnection(url, env("SPRING_DATASOURCE_USERNAME", "postgres"),
				env("SPRING_DATASOURCE_PASSWORD", ""))) {
			generateIfMissing(new SingleConnectionDataSource(connection, true));
		}
	}

	/** Generates the visit histories unless generated visits exist; returns whether it generated. */
	public static boolean generateIfMissing(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Boolean done = jdbc.queryForObject("select exists (select 1 from visit where recorded_by = ?)", Boolean.class,
				MARKER);
		if (Boolean.TRUE.equals(done)) {
			System.out.println("care data: generated visits exist, nothing to do");
			return false;
		}
		LocalDate today = LocalDate.now(CHINA);
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("today", Date.valueOf(today))
				.addValue("marker", MARKER);
		long start = System.nanoTime();
		new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(tx -> {
			jdbc.execute("set local work_mem = '256MB'");
			// no foreign-key triggers: every child id comes from the child table (with them the visit insert takes
			// 20 times as long, a row lock on the child per visit); needs a superuser, as the benchmarks connect
			jdbc.execute("set local session_replication_role = replica");
			step("visits", () -> named.update(VISITS, params));
			step("problems", () -> named.update(PROBLEMS, params));
			step("schedules", () -> named.update(SCHEDULES, params));
		});
		step("vacuum analyze", () -> {
			jdbc.execute("vacuum analyze visit");
			jdbc.execute("vacuum analyze care_problem");
			jdbc.execute("vacuum analyze care_schedule");
			return 0;
		});
		System.out.printf("care data: generated in %.1f s (today %s)%n", (System.nanoTime() - start) / 1e9, today);
		report(jdbc, today);
		return true;
	}

	/** Sizes and shares of the generated data (printed; docs/benchmarks.md quotes them). */
	static void report(JdbcTemplate jdbc, LocalDate today) {
		Map<String, Object> row = jdbc.queryForMap("""
				select (select count(*) from child) as children,
				       (select count(*) from visit) as visits,
				       (select count(*) from care_problem) as problems,
				       (select count(*) from care_problem where status = 'OPEN') as open_problems,
				       count(*) filter (where active) as active,
				       count(*) filter (where active and contact_due_on < ?) as contact_overdue,
				       count(*) filter (where active and home_visit_due_on < ?) as home_visit_overdue,
				       count(*) filter (where active and open_problems > 0) as with_open_problems,
				       count(*) filter (where active and close_attention) as close_attention,
				       pg_size_pretty(pg_total_relation_size('visit')) as visit_size,
				       pg_size_pretty(pg_total_relation_size('care_schedule')) as schedule_size,
				       pg_size_pretty(pg_database_size(current_database())) as database_size
				from care_schedule""", Date.valueOf(today), Date.valueOf(today));
		long active = ((Number) row.get("active")).longValue();
		System.out.println("care data: " + row);
		for (String key : new String[] { "contact_overdue", "home_visit_overdue", "with_open_problems",
				"close_attention" }) {
			System.out.printf("care data: %s %.1f %% of active files%n", key,
					100.0 * ((Number) row.get(key)).longValue() / Math.max(1, active));
		}
	}

	private static void step(String name, java.util.function.IntSupplier work) {
		long start = System.nanoTime();
		int rows = work.getAsInt();
		System.out.printf("care data: %s: %d rows in %.1f s%n", name, rows, (System.nanoTime() - start) / 1e9);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/*
	 * Draws: h(seed) = abs(hashint8extended(child id, seed)) for the child, v(seed) = the same over (child id * 16 +
	 * visit index) for a visit. Visit index 0 is the latest.
	 */
	private static final String VISITS = """
			insert into visit (child_id, type, method, visited_on, met_with, safety, health, schooling, psychology,
			        guardianship, problems, actions, follow_up_needed, recorded_by, recorded_at)
			select child_id, type, method, visited_on, met_with, safety, health, schooling, psychology, guardianship,
			       problems, case when problems is not null then '已与照护人沟通，约定下次走访时复查' end,
			       problems is not null, :marker,
			       cast(visited_on + time '10:00' as timestamp) at time zone 'Asia/Shanghai'
			from (
			    select child_id, type, visited_on,
			           case when type = 'HOME_VISIT' then 'IN_PERSON'
			                when r % 100 < 80 then 'PHONE' when r % 100 < 95 then 'VIDEO' else 'IN_PERSON' end as method,
			           case when type = 'HOME_VISIT' then 'CHILD,CAREGIVER'
			                when r / 100 % 100 < 60 then 'CAREGIVER' when r / 100 % 100 < 85 then 'CHILD,CAREGIVER'
			                when r / 100 % 100 < 93 then 'FATHER' else 'MOTHER' end as met_with,
			           safety, health, schooling, psychology, guardianship,
			           case when (safety <> 'NORMAL' or health <> 'NORMAL' or schooling <> 'NORMAL'
			                      or psychology <> 'NORMAL' or guardianship <> 'NORMAL') and f % 100 < 40
			                then case when psychology <> 'NORMAL' then '孩子近期情绪低落，不愿与人交流'
			                          when safety <> 'NORMAL' then '住房存在安全隐患，孩子常独自在河边玩耍'
			                          when health <> 'NORMAL' then '孩子身体不适，照护人未及时就医'
			                          when schooling <> 'NORMAL' then '孩子近期多次旷课'
			                          else '照护人年老体弱，照护能力不足' end
			           end as problems
			    from (
			        select c.id as child_id, i,
			               cast(:today as date) - p.g - i * p.s - case when i = 0 then 0 else v.j end as visited_on,
			               case when i >= p.hstart and (i - p.hstart) % p.hperiod = 0 then 'HOME_VISIT' else 'CONTACT' end
			                   as type,
			               v.r, v.f,
			               case when v.a % 1000 < 2 then 'SERIOUS' when v.a % 1000 < 12 then 'CONCERN' else 'NORMAL' end
			                   as safety,
			               case when v.b % 1000 < 3 then 'SERIOUS' when v.b % 1000 < 23 then 'CONCERN' else 'NORMAL' end
			                   as health,
			               case when v.c % 1000 < 15 then 'CONCERN' else 'NORMAL' end as schooling,
			               case when v.d % 1000 < 3 then 'SERIOUS' when v.d % 1000 < 23 then 'CONCERN' else 'NORMAL' end
			                   as psychology,
			               case when v.e % 1000 < 10 then 'CONCERN' else 'NORMAL' end as guardianship
			        from child c
			        join care_schedule cs on cs.child_id = c.id
			        cross join lateral (
			            select least(k, (90 - g) / 7 + 1) as k, g, 7 as s,
			                   case when abs(hashint8extended(c.id, 5)) % 100 < 3
			                        then 5 + abs(hashint8extended(c.id, 6)) % 2
			                        else abs(hashint8extended(c.id, 6)) % (case when cs.close_attention then 2 else 4 end)
			                   end as hstart,
			                   case when cs.close_attention then 2 else 4 end as hperiod
			            from (select cast(8 + abs(hashint8extended(c.id, 1)) % 5 as integer) as k,
			                         cast(case when abs(hashint8extended(c.id, 2)) % 100 < 85
			                              then abs(hashint8extended(c.id, 3)) % 7
			                              else 8 + abs(hashint8extended(c.id, 3)) % 23 end as integer) as g) kg
			        ) p
			        cross join lateral generate_series(0, p.k - 1) i
			        cross join lateral (
			            select cast(abs(hashint8extended(c.id * 16 + i, 10)) % 3 as integer) as j,
			                   abs(hashint8extended(c.id * 16 + i, 11)) as r,
			                   abs(hashint8extended(c.id * 16 + i, 12)) as f,
			                   abs(hashint8extended(c.id * 16 + i, 13)) as a,
			                   abs(hashint8extended(c.id * 16 + i, 14)) as b,
			                   abs(hashint8extended(c.id * 16 + i, 15)) as c,
			                   abs(hashint8extended(c.id * 16 + i, 16)) as d,
			                   abs(hashint8extended(c.id * 16 + i, 17)) as e
			        ) v
			    ) drawn
			) visits
			order by visited_on, child_id""";

	private static final String PROBLEMS = """
			insert into care_problem (version, child_id, visit_id, description, opened_on, status, resolved_on,
			        resolution, resolved_by, resolved_at)
			select 0, child_id, id, problems, visited_on,
			       case when open then 'OPEN' else 'RESOLVED' end,
			       case when not open then resolved_on end,
			       case when not open then '已协调村委会和学校跟进，问题已解决' end,
			       case when not open then recorded_by end,
			       case when not open then cast(resolved_on + time '16:00' as timestamp) at time zone 'Asia/Shanghai' end
			from (
			    select v.*,
			           v.visited_on >= cast(:today as date) - 21 and abs(hashint8extended(v.id, 20)) % 100 < 25 as open,
			           least(cast(:today as date), v.visited_on + 3 + cast(abs(hashint8extended(v.id, 21)) % 10 as integer))
			               as resolved_on
			    from visit v
			    where v.follow_up_needed and v.recorded_by = :marker
			) p""";

	/* The reasons and due dates as CareSchedule.recompute computes them (reasons in CloseAttentionReason order). */
	private static final String SCHEDULES = """
			with latest as (
			    select child_id, max(visited_on) as last_contact,
			           max(visited_on) filter (where type = 'HOME_VISIT') as last_home,
			           (array_agg(psychology order by visited_on desc, id desc))[1] as psychology,
			           (array_agg(safety order by visited_on desc, id desc))[1] as safety
			    from visit group by child_id
			), open as (
			    select child_id, count(*) as open from care_problem where status = 'OPEN' group by child_id
			), computed as (
			    select s.child_id, l.last_contact, l.last_home, l.psychology, l.safety,
			           coalesce(o.open, 0) as open,
			           s.parent_severe_disability or s.parent_serious_illness or s.child_disabled
			               or l.psychology = 'SERIOUS' or l.safety = 'SERIOUS' or coalesce(s.assessment_level = 'HIGH', false)
			               as close_attention,
			           nullif(concat_ws(',',
			               case when s.parent_severe_disability then 'PARENT_SEVERE_DISABILITY' end,
			               case when s.parent_serious_illness then 'PARENT_SERIOUS_ILLNESS' end,
			               case when s.child_disabled then 'CHILD_DISABLED' end,
			               case when l.psychology = 'SERIOUS' then 'VISIT_PSYCHOLOGY_SERIOUS' end,
			               case when l.safety = 'SERIOUS' then 'VISIT_SAFETY_SERIOUS' end,
			               case when s.assessment_level = 'HIGH' then 'ASSESSMENT_HIGH' end,
			               case when s.in_difficulty then 'IN_DIFFICULTY' end,
			               case when s.single_parent then 'SINGLE_PARENT' end,
			               case when l.psychology in ('CONCERN', 'SERIOUS') then 'PSYCHOLOGICAL_CONCERN' end), '')
			               as reasons,
			           coalesce(p.contact_days, 7) as contact_days,
			           coalesce(p.home_visit_days, 30) as home_visit_days,
			           coalesce(p.close_attention_home_visit_days, 14) as close_attention_days
			    from care_schedule s
			    join latest l on l.child_id = s.child_id
			    left join open o on o.child_id = s.child_id
			    left join visit_policy p on p.county_code = s.county_code
			)
			update care_schedule s
			set last_contact_on = c.last_contact,
			    last_home_visit_on = c.last_home,
			    visit_psychology = c.psychology,
			    visit_safety = c.safety,
			    open_problems = c.open,
			    close_attention = c.close_attention,
			    reasons = c.reasons,
			    contact_due_on = c.last_contact + c.contact_days,
			    home_visit_due_on = coalesce(c.last_home, s.registered_on)
			        + case when c.close_attention then c.close_attention_days else c.home_visit_days end
			from computed c
			where c.child_id = s.child_id""";
}

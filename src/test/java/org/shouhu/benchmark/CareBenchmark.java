package org.shouhu.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.shouhu.Application;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Frontline care over HTTP against a database of generated child files (docs/benchmarks.md, "Frontline care at one
 * million files"): gives the files visit histories first when they have none ({@link CareDataGenerator}), then times
 * sequential requests — the to-do list of a township supervisor (a typical township and the largest), of a village
 * director and of a county officer; visit compliance of a county (凤县 and the largest), a city and the province; a
 * child's visit schedule and visit list; recording a visit — and prints the plans (EXPLAIN ANALYZE, BUFFERS) of the
 * SQL behind the township to-do list and the county compliance. Not a test: run it by hand. Arguments:
 * {@code rounds} (default 300), {@code county} (default 610330).
 */
public final class CareBenchmark {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		String county = args.length > 1 ? args[1] : "610330";
		long started = System.nanoTime();
		ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
				"--logging.level.root=WARN", "--logging.level.org.flywaydb=INFO");
		System.out.printf("application started in %.1f s (migrations included)%n", (System.nanoTime() - started) / 1e9);
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			CareDataGenerator.generateIfMissing(app.getBean(DataSource.class));
			LocalDate today = LocalDate.now(CHINA);
			CareDataGenerator.report(jdbc, today);

			String province = county.substring(0, 2);
			List<Map<String, Object>> townships = jdbc.queryForList("""
					select township_code, count(*) as n from care_schedule
					where province_code = ? and active group by township_code order by n desc, township_code""",
					province);
			String largestTownship = (String) townships.get(0).get("township_code");
			String typicalTownship = (String) townships.get(townships.size() / 2).get("township_code");
			String largestCounty = jdbc.queryForObject("""
					select county_code from care_schedule where province_code = ? and active
					group by county_code order by count(*) desc, county_code limit 1""", String.class, province);
			String city = largestCounty.substring(0, 4);
			String village = jdbc.queryForObject("""
					select village_code from care_schedule where township_code = ? and active
					group by village_code order by count(*) desc, village_code limit 1""", String.class,
					typicalTownship);
			System.out.printf("%ntownships: typical %s (%s files), largest %s (%s files); village %s (%d files); "
					+ "counties %s (%d files), largest %s (%d files); city %s (%d files)%n%n",
					typicalTownship, townships.get(townships.size() / 2).get("n"), largestTownship,
					townships.get(0).get("n"), village, count(jdbc, "village_code", village), county,
					count(jdbc, "county_code", county), largestCounty, count(jdbc, "county_code", largestCounty), city,
					count(jdbc, "city_code", city));

			UserManagement users = app.getBean(UserManagement.class);
			String base = "http://127.0.0.1:" + port;
			BenchmarkApi typicalSupervisor = BenchmarkApi.signedIn(users, base,
					"bench_sup_" + typicalTownship, Role.SUPERVISOR, typicalTownship, null);
			BenchmarkApi largestSupervisor = BenchmarkApi.signedIn(users, base,
					"bench_sup_" + largestTownship, Role.SUPERVISOR, largestTownship, null);
			BenchmarkApi director = BenchmarkApi.signedIn(users, base,
					"bench_dir_" + village, Role.CHILD_DIRECTOR, village, null);
			BenchmarkApi countyOfficer = BenchmarkApi.signedIn(users, base,
					"bench_" + county, Role.CIVIL_AFFAIRS, county, null);
			BenchmarkApi largestCountyOfficer = BenchmarkApi.signedIn(users, base,
					"bench_" + largestCounty, Role.CIVIL_AFFAIRS, largestCounty, null);
			BenchmarkApi provinceOfficer = BenchmarkApi.signedIn(users, base,
					"bench_" + province, Role.CIVIL_AFFAIRS, province, null);
			List<Long> countyChildren = jdbc.queryForList("""
					select child_id from care_schedule where county_code = ? and active order by child_id limit 200""",
					Long.class, county);
			List<Long> villageChildren = jdbc.queryForList(
					"select child_id from care_schedule where village_code = ? and active order by child_id",
					Long.class, village);

			System.out.println("| operation | p50 ms | p95 ms | p99 ms | items |");
			System.out.println("|---|---|---|---|---|");
			Timings.measure("to-do list, supervisor of a typical township " + typicalTownship, rounds,
					i -> typicalSupervisor.get("/api/v1/tasks"));
			Timings.measure("to-do list, supervisor of the largest township " + largestTownship, rounds,
					i -> largestSupervisor.get("/api/v1/tasks"));
			Timings.measure("to-do list, director of village " + village, rounds, i -> director.get("/api/v1/tasks"));
			Timings.measure("to-do list, civil affairs of county " + county, rounds, i -> countyOfficer.get("/api/v1/tasks"));
			Timings.measure("to-do list, civil affairs of the largest county " + largestCounty, rounds,
					i -> largestCountyOfficer.get("/api/v1/tasks"));
			Timings.measure("compliance, county " + county, rounds,
					i -> countyOfficer.get("/api/v1/visit-compliance?regionCode=" + county));
			Timings.measure("compliance, largest county " + largestCounty, rounds,
					i -> largestCountyOfficer.get("/api/v1/visit-compliance?regionCode=" + largestCounty));
			Timings.measure("compliance, township " + largestTownship + " (largest)", rounds,
					i -> largestSupervisor.get("/api/v1/visit-compliance"));
			Timings.measure("compliance, city " + city, rounds,
					i -> provinceOfficer.get("/api/v1/visit-compliance?regionCode=" + city));
			Timings.measure("compliance, province " + province, Math.min(rounds, 100),
					i -> provinceOfficer.get("/api/v1/visit-compliance"));
			Timings.measure("visit schedule of a child", rounds, i -> countyOfficer
					.get("/api/v1/children/" + countyChildren.get(i % countyChildren.size()) + "/visit-schedule"));
			Timings.measure("visits of a child (list)", rounds, i -> countyOfficer
					.get("/api/v1/children/" + countyChildren.get(i % countyChildren.size()) + "/visits"));
			Timings.measure("record a visit (director, one at a time)", rounds, i -> director.post(
					"/api/v1/children/" + villageChildren.get(i % villageChildren.size()) + "/visits",
					visit(LocalDate.now(CHINA))));

			System.out.println();
			explain(jdbc, "township to-do list (" + largestTownship + ", supervisor: overdue and open problems)",
					TASKS_SQL.formatted("township_code"), largestTownship, today.minusDays(1));
			explain(jdbc, "village to-do list (" + village + ", director: also due within 3 days)",
					TASKS_SQL.formatted("village_code"), village, today.plusDays(2));
			explain(jdbc, "county to-do list (" + largestCounty + ", civil affairs: overdue and open problems)",
					TASKS_SQL.formatted("county_code"), largestCounty, today.minusDays(1));
			List<Long> toDo = jdbc.queryForList(TASKS_SQL.formatted("township_code").replace("select child_id,",
					"select child_id from (select child_id,") + ") rows", Long.class, largestTownship,
					today.minusDays(1), today.minusDays(1));
			explain(jdbc, "list lines of the largest township's to-do files (ChildManagement.summaries, " + toDo.size()
					+ " ids)", SUMMARIES_SQL.formatted(toDo.stream().map(String::valueOf)
							.collect(java.util.stream.Collectors.joining(","))), largestTownship, null);
			explain(jdbc, "county compliance (" + largestCounty + ", by township)",
					COMPLIANCE_SQL.formatted("township_code", "county_code"), largestCounty, today);
			explain(jdbc, "county compliance (" + county + ", by township)",
					COMPLIANCE_SQL.formatted("township_code", "county_code"), county, today);
			explain(jdbc, "province compliance (" + province + ", by city)",
					COMPLIANCE_SQL.formatted("city_code", "province_code"), province, today);
		}
		finally {
			app.close();
		}
	}

	/*
	 * Copies of the statements in CareTasks.forCaller and VisitComplianceReports.compliance (keep them in step), with
	 * the scope column filled in.
	 */
	private static final String TASKS_SQL = """
			select child_id, contact_due_on, home_visit_due_on, open_problems from care_schedule
			where %s = ? and active = true
			  and (contact_due_on <= ? or home_visit_due_on <= ? or open_problems > 0)
			order by least(contact_due_on, home_visit_due_on), child_id
			fetch first 500 rows only""";

	private static final String COMPLIANCE_SQL = """
			select %1$s, count(*),
			       sum(case when contact_due_on < ? then 1 else 0 end),
			       sum(case when home_visit_due_on < ? then 1 else 0 end),
			       sum(open_problems)
			from care_schedule where %2$s = ? and active = true
			group by %1$s""";

	/* What Hibernate sends for ScopedChildQueries.findSummaryColumns (the first of its two queries), by a supervisor. */
	private static final String SUMMARIES_SQL = """
			select c.id, c.name, c.gender, c.birth_date, c.village_code, c.id_number, c.status from child c
			where c.id in (%s) and c.township_code = ?""";

	private static void explain(JdbcTemplate jdbc, String title, String sql, String region, LocalDate day) {
		Object[] params = sql.startsWith("select child_id") ? new Object[] { region, day, day }
				: day == null ? new Object[] { region }
				: new Object[] { day, day, region };
		List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, params);
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + title + ":");
		plan.forEach(line -> System.out.println("    " + (line.length() > 200 ? line.substring(0, 200) + " …" : line)));
		System.out.println();
	}

	private static long count(JdbcTemplate jdbc, String column, String code) {
		return jdbc.queryForObject("select count(*) from care_schedule where " + column + " = ? and active",
				Long.class, code);
	}

	private static String visit(LocalDate today) {
		return """
				{"type":"CONTACT","method":"PHONE","visitedOn":"%s","metWith":["CAREGIVER"],
				 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"NORMAL","guardianship":"NORMAL"},
				 "problems":null,"actions":null,"followUpNeeded":false}""".formatted(today);
	}
}

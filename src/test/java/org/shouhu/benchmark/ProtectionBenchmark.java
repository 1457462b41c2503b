package org.shouhu.benchmark;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.shouhu.Application;
import org.shouhu.account.Department;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.common.FieldCipher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Protection response over HTTP against 1M child files and 50,000 mandatory reports in a province (docs/benchmarks.md,
 * "Protection response"): copies the bulk generator's files up to the target and generates the reports when they are
 * missing ({@link ProtectionDataGenerator}), then times sequential requests — the report inbox of a county's police
 * liaison (first page, overdue only, page 5), a report's page, the liaison's to-do list, the protection summary of the
 * county, of its city and of the province — and prints the plans (EXPLAIN ANALYZE, BUFFERS) of the inbox and summary
 * SQL. Not a test: run it by hand. Arguments: {@code rounds} (default 300), {@code county} (default 610330),
 * {@code files} (default 1000000), {@code reports} (default 50000).
 */
public final class ProtectionBenchmark {

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		String county = args.length > 1 ? args[1] : "610330";
		long files = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
		int reports = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
		String province = county.substring(0, 2);
		String city = county.substring(0, 4);
		long started = System.nanoTime();
		ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
				"--logging.level.root=WARN", "--logging.level.org.flywaydb=INFO");
		System.out.printf("application started in %.1f s (migrations included)%n", (System.nanoTime() - started) / 1e9);
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			UserManagement users = app.getBean(UserManagement.class);
			String base = "http://127.0.0.1:" + port;
			BenchmarkApi police = BenchmarkApi.signedIn(users, base,
					"bench_police_" + county, Role.DEPARTMENT, county, Department.PUBLIC_SECURITY);
			BenchmarkApi countyOfficer = BenchmarkApi.signedIn(users, base,
					"bench_" + county, Role.CIVIL_AFFAIRS, county, null);
			BenchmarkApi provinceOfficer = BenchmarkApi.signedIn(users, base,
					"bench_" + province, Role.CIVIL_AFFAIRS, province, null);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long filer = jdbc.queryForObject("select id from app_user where username = ?", Long.class,
					"bench_" + county);
			FieldCipher cipher = app.getBean(FieldCipher.class);
			try (Connection connection = app.getBean(DataSource.class).getConnection()) {
				JdbcTemplate one = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
				ProtectionDataGenerator.multiplyFiles(one, files);
				ProtectionDataGenerator.generateReports(one, province, reports, filer, cipher.encrypt("王某某"),
						cipher.encrypt("13800000000"), app.getBean(Clock.class).instant());
			}
			System.out.printf("files %,d (province %s: %,d); reports: province %,d, county %s %,d (%,d waiting, %,d "
					+ "overdue); active temporary guardianships in the county %,d; open caregiver cases %,d%n%n",
					count(jdbc, "select count(*) from child", null),
					province, count(jdbc, "select count(*) from child where province_code = ?", province),
					count(jdbc, "select count(*) from protection_report where province_code = ?", province), county,
					count(jdbc, "select count(*) from protection_report where county_code = ?", county),
					count(jdbc, "select count(*) from protection_report where county_code = ? and status = 'RECEIVED'",
							county),
					count(jdbc, "select count(*) from protection_report where county_code = ? and status = 'RECEIVED' "
							+ "and accept_by < current_timestamp", county),
					count(jdbc, "select count(*) from protection_intervention where county_code = ? and status = 'ACTIVE'",
							county),
					count(jdbc, "select count(*) from caregiver_case where county_code = ? and status = 'OPEN'", county));
			String largest = jdbc.queryForObject("""
					select county_code from protection_report where province_code = ? group by county_code
					order by count(*) desc, county_code limit 1""", String.class, province);
			BenchmarkApi largestPolice = BenchmarkApi.signedIn(users, base,
					"bench_police_" + largest, Role.DEPARTMENT, largest, Department.PUBLIC_SECURITY);
			BenchmarkApi largestOfficer = BenchmarkApi.signedIn(users, base,
					"bench_" + largest, Role.CIVIL_AFFAIRS, largest, null);
			System.out.printf("the county with the most reports: %s (%,d)%n%n", largest,
					count(jdbc, "select count(*) from protection_report where county_code = ?", largest));
			List<Long> countyReports = jdbc.queryForList(
					"select id from protection_report where county_code = ? order by id limit 200", Long.class, county);

			System.out.println("| operation | p50 ms | p95 ms | p99 ms | items |");
			System.out.println("|---|---|---|---|---|");
			Timings.measure("report inbox, police liaison of county " + county + " (first page)", rounds,
					i -> police.get("/api/v1/reports?size=20"));
			Timings.measure("report inbox, police liaison, overdue only", rounds,
					i -> police.get("/api/v1/reports?overdue=true&size=20"));
			Timings.measure("report inbox, police liaison, page 5", rounds,
					i -> police.get("/api/v1/reports?page=5&size=20"));
			Timings.measure("report inbox, police liaison of the largest county " + largest, rounds,
					i -> largestPolice.get("/api/v1/reports?size=20"));
			Timings.measure("report inbox, civil affairs of the county (first page)", rounds,
					i -> countyOfficer.get("/api/v1/reports?size=20"));
			Timings.measure("a report (police liaison)", rounds,
					i -> police.get("/api/v1/reports/" + countyReports.get(i % countyReports.size())));
			Timings.measure("to-do list, police liaison", rounds, i -> police.get("/api/v1/tasks"));
			Timings.measure("protection summary, county " + county, rounds,
					i -> countyOfficer.get("/api/v1/protection/summary?regionCode=" + county));
			Timings.measure("protection summary, largest county " + largest, rounds,
					i -> largestOfficer.get("/api/v1/protection/summary?regionCode=" + largest));
			Timings.measure("protection summary, city " + city, rounds,
					i -> provinceOfficer.get("/api/v1/protection/summary?regionCode=" + city));
			Timings.measure("protection summary, province " + province, Math.min(rounds, 100),
					i -> provinceOfficer.get("/api/v1/protection/summary?regionCode=" + province));
			System.out.println();
			for (String[] query : SQL) {
				explain(jdbc, query[0] + " (" + largest + ")", query[1], largest);
			}
		}
		finally {
			app.close();
		}
	}

	/* The bare SQL floor of the inbox and the summary: the statements' shape (keep in step with the services). */
	private static final String[][] SQL = {
			{ "inbox: a county's reports routed to the police, overdue first, then by deadline", """
					select id, status, situation, accept_by from protection_report
					where county_code = ?
					order by case when status = 'RECEIVED' and accept_by < current_timestamp then 0 else 1 end,
					         accept_by desc, id desc
					fetch first 21 rows only""" },
			{ "summary: open reports by status and overdue in the county", """
					select status, count(*), sum(case when status = 'RECEIVED' and accept_by < current_timestamp
					                                  then 1 else 0 end)
					from protection_report where county_code = ? and status <> 'FEEDBACK_GIVEN' group by status""" },
			{ "summary: median minutes to acceptance over 90 days in the county", """
					select percentile_cont(0.5) within group (order by extract(epoch from accepted_at - received_at) / 60)
					from protection_report where county_code = ? and accepted_at is not null
					  and received_at >= current_timestamp - interval '90 days'""" } };

	private static void explain(JdbcTemplate jdbc, String title, String sql, String county) {
		List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + sql, String.class, county);
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + title + ":");
		plan.forEach(line -> System.out.println("    " + (line.length() > 200 ? line.substring(0, 200) + " …" : line)));
		System.out.println();
	}

	private static long count(JdbcTemplate jdbc, String sql, String code) {
		return code == null ? jdbc.queryForObject(sql, Long.class) : jdbc.queryForObject(sql, Long.class, code);
	}

}

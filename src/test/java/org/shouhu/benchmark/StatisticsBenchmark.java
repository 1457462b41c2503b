package org.shouhu.benchmark;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.shouhu.Application;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.statistics.StatisticsRebuild;
import org.shouhu.statistics.StatisticsSummaries;
import org.shouhu.testing.Children;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Live statistics over HTTP against the files of a province (docs/benchmarks.md, "Statistics"): starts the
 * application on the configured database (migration V21 counts the existing files set-based on first start), checks
 * the counters against a direct count of the files, then times sequential whole requests of
 * {@code GET /api/v1/statistics/summary} for a county, the county with most files, the city and the province (50
 * warm-up, then {@code rounds} timed), the bare SQL of the same figures (the service's own statements, and a direct
 * count over {@code child} as the design would have it without the counters), and "figures current": a file
 * registered over HTTP and the county's summary read at once, which must count it. Not a test: run it by hand.
 * Arguments: {@code rounds} (default 300), {@code county} (default 610330).
 */
public final class StatisticsBenchmark {

	static final JsonMapper JSON = JsonMapper.builder().build();

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		String county = args.length > 1 ? args[1] : "610330";
		String province = county.substring(0, 2);
		String city = county.substring(0, 4);
		long started = System.nanoTime();
		ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
				"--logging.level.root=WARN", "--logging.level.org.flywaydb=INFO");
		System.out.printf("application started in %.1f s (migrations included)%n", (System.nanoTime() - started) / 1e9);
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			UserManagement users = app.getBean(UserManagement.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			String base = "http://127.0.0.1:" + port;
			String largest = jdbc.queryForObject("""
					select county_code from stat_county where county_code like ? and dim = 'C'
					order by n desc, county_code limit 1""", String.class, province + "%");
			System.out.printf("files %,d; counted (active, with a category) in province %s: %,d, county %s: %,d, "
					+ "largest county %s: %,d%n", jdbc.queryForObject("select count(*) from child", Long.class),
					province, jdbc.queryForObject("select count(*) from stat_child where province_code = ?", Long.class,
							province),
					county, jdbc.queryForObject("select count(*) from stat_child where county_code = ?", Long.class,
							county),
					largest, jdbc.queryForObject("select count(*) from stat_child where county_code = ?", Long.class,
							largest));
			jdbc.execute("vacuum analyze stat_child"); // as autovacuum does after the backfill: index-only scans
			jdbc.execute("vacuum analyze stat_county");
			long checkStart = System.nanoTime();
			List<String> problems = app.getBean(StatisticsRebuild.class).check();
			System.out.printf("consistency check against a direct count: %s (%.1f s)%n%n",
					problems.isEmpty() ? "consistent" : problems.size() + " differences " + problems.subList(0,
							Math.min(5, problems.size())), (System.nanoTime() - checkStart) / 1e9);

			BenchmarkApi countyOfficer = BenchmarkApi.signedIn(users, base, "bench_" + county, Role.CIVIL_AFFAIRS,
					county, null);
			BenchmarkApi provinceViewer = BenchmarkApi.signedIn(users, base, "bench_viewer_" + province,
					Role.VIEWER, province, null);

			System.out.println("| operation | p50 ms | p95 ms | p99 ms | items |");
			System.out.println("|---|---|---|---|---|");
			Timings.measure("statistics summary, county " + county, rounds,
					i -> countyOfficer.get("/api/v1/statistics/summary?regionCode=" + county));
			Timings.measure("statistics summary, largest county " + largest, rounds,
					i -> provinceViewer.get("/api/v1/statistics/summary?regionCode=" + largest));
			Timings.measure("statistics summary, city " + city, rounds,
					i -> provinceViewer.get("/api/v1/statistics/summary?regionCode=" + city));
			Timings.measure("statistics summary, province " + province, rounds,
					i -> provinceViewer.get("/api/v1/statistics/summary?regionCode=" + province));
			System.out.println();

			StatisticsSummaries summaries = app.getBean(StatisticsSummaries.class);
			System.out.println("| bare (no HTTP) | p50 ms | p95 ms | p99 ms | rounds |");
			System.out.println("|---|---|---|---|---|");
			time("service summaryAsSystem, county " + county, rounds, () -> summaries.summaryAsSystem(county));
			time("service summaryAsSystem, province " + province, rounds, () -> summaries.summaryAsSystem(province));
			LocalDate today = LocalDate.now();
			String c6 = today.minusYears(6).toString();
			String c14 = today.minusYears(14).toString();
			String c18 = today.minusYears(18).toString();
			time("SQL: county grouped over stat_child", rounds, () -> jdbc.queryForList("""
					select township_code, gender, caregiver, case when birth_date > cast(? as date) then 0
					  when birth_date > cast(? as date) then 1 when birth_date > cast(? as date) then 2 else 3 end,
					  count(*), sum(left_behind), sum(orphan), sum(de_facto), sum(poverty), sum(disability),
					  sum(guardianship)
					from stat_child where county_code = ? group by 1, 2, 3, 4""", c6, c14, c18, county));
			time("SQL: province counters of stat_county (C, CAT, CARE, G)", rounds, () -> jdbc.queryForList("""
					select county_code, dim, k, n from stat_county
					where dim in ('C', 'CAT', 'CARE', 'G') and county_code between ? and ? and n <> 0""",
					province + "0000", province + "9999"));
			String k6 = Integer.toString(today.minusYears(6).getYear() * 100 + today.minusYears(6).getMonthValue());
			time("SQL: province birth-month counters summed", rounds, () -> jdbc.queryForList("""
					select sum(case when k > ? then n else 0 end) from stat_county
					where dim = 'B' and county_code between ? and ?""", k6, province + "0000", province + "9999"));
			int month = today.minusYears(6).getYear() * 100 + today.minusYears(6).getMonthValue();
			time("SQL: province boundary month exact count", rounds, () -> jdbc.queryForObject("""
					select count(*) from stat_child where birth_month = ? and county_code between ? and ?
					  and birth_date > cast(? as date)""", Long.class, month, province + "0000", province + "9999",
					c6));
			time("SQL without counters: county over child", Math.min(rounds, 50), () -> jdbc.queryForList("""
					select township_code, gender, category_codes, count(*) from child
					where county_code = ? and status = 'ACTIVE' and category_codes <> ','
					group by 1, 2, 3""", county));
			time("SQL without counters: province over child", 5, () -> jdbc.queryForList("""
					select county_code, gender, category_codes, count(*) from child
					where province_code = ? and status = 'ACTIVE' and category_codes <> ','
					group by 1, 2, 3""", province));
			System.out.println();

			// figures current: a file registered over HTTP is in the county's summary read right after
			String village = jdbc.queryForObject("select code from region where code like ? and level = 'VILLAGE' "
					+ "order by code limit 1", String.class, county + "%");
			long[] nanos = new long[20];
			for (int i = 0; i < nanos.length; i++) {
				long before = children(countyOfficer.get("/api/v1/statistics/summary?regionCode=" + county).body());
				String body = JSON.writeValueAsString(Children.leftBehindWithGrandparents().village(village).build());
				long start = System.nanoTime();
				BenchmarkApi.Answer saved = countyOfficer.post("/api/v1/children", body);
				long after = children(countyOfficer.get("/api/v1/statistics/summary?regionCode=" + county).body());
				nanos[i] = System.nanoTime() - start;
				if (saved.status() != 201 || after != before + 1) {
					throw new IllegalStateException("figures not current: " + saved.status() + " " + before + " → "
							+ after);
				}
			}
			Arrays.sort(nanos);
			System.out.printf("figures current: 20 files registered over HTTP, each counted by the summary read at "
					+ "once (register + summary: p50 %.1f ms, max %.1f ms)%n", nanos[10] / 1e6, nanos[19] / 1e6);
		}
		finally {
			app.close();
		}
	}

	private static long children(String json) {
		return JSON.readTree(json).get("children").asLong();
	}

	private static void time(String name, int rounds, Runnable call) {
		for (int i = 0; i < Math.min(20, rounds); i++) {
			call.run();
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			call.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("| %s | %.1f | %.1f | %.1f | %d |%n", name, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99),
				rounds);
	}

	private static double pct(long[] sorted, int p) {
		int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}
}

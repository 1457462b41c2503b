package org.shouhu.benchmark;

import org.shouhu.benchmark.BenchmarkApi.Answer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

import org.shouhu.Application;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.child.Gender;
import org.shouhu.child.IdNumber;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the child registry over HTTP against a database already filled by the bulk generator (see
 * docs/benchmarks.md): p50/p95/p99 of list, filtered list and searches within one county, and of file creation.
 * Not a test: run it by hand. Arguments: {@code county} (default 610330) and {@code rounds} (default 300).
 */
public final class ChildRegistryBenchmark {

	private static final String PASSWORD = "Bench-Passw0rd!";

	public static void main(String[] args) throws Exception {
		String county = args.length > 0 ? args[0] : "610330";
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
				"--logging.level.root=WARN");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Long total = jdbc.queryForObject("select count(*) from child", Long.class);
			Long inCounty = jdbc.queryForObject("select count(*) from child where county_code = ?", Long.class, county);
			String username = "bench_" + county;
			UserManagement users = app.getBean(UserManagement.class);
			if (!users.usernameExists(username)) {
				users.createUser(new NewUser(username, "基准测试", PASSWORD, Set.of(Role.CIVIL_AFFAIRS), county, null, null));
			}
			BenchmarkApi http = new BenchmarkApi("http://127.0.0.1:" + port);
			http.login(username, PASSWORD);
			List<String> names = jdbc.queryForList(
					"select name from child where county_code = ? order by id limit 200", String.class, county);
			List<String> twoCharacterNames = jdbc.queryForList("select name from child where county_code = ?"
					+ " and char_length(name) = 2 order by id limit 200", String.class, county);
			List<String> threeCharacterNames = jdbc.queryForList("select name from child where county_code = ?"
					+ " and char_length(name) = 3 order by id limit 200", String.class, county);
			List<String> villages = jdbc.queryForList(
					"select distinct village_code from child where county_code = ? limit 50", String.class, county);
			System.out.printf("%nchildren in database: %d, in county %s: %d, rounds: %d%n%n", total, county, inCounty, rounds);
			System.out.println("| operation | p50 ms | p95 ms | p99 ms |");
			System.out.println("|---|---|---|---|");
			Random random = new Random(System.nanoTime()); // new babies on every run
			measure("list county, first page (20)", rounds, i -> http.get("/api/v1/children?regionCode=" + county));
			measure("list county, page 10", rounds, i -> http.get("/api/v1/children?regionCode=" + county + "&page=10"));
			measure("list county, ACTIVE (as the page)", rounds,
					i -> http.get("/api/v1/children?regionCode=" + county + "&status=ACTIVE"));
			measure("list county, category LEFT_BEHIND", rounds,
					i -> http.get("/api/v1/children?regionCode=" + county + "&category=LEFT_BEHIND"));
			measure("list county, category ORPHAN (rare)", rounds,
					i -> http.get("/api/v1/children?regionCode=" + county + "&category=ORPHAN"));
			measure("list one village", rounds,
					i -> http.get("/api/v1/children?villageCode=" + villages.get(i % villages.size())));
			measure("search full name", rounds, i -> http.get("/api/v1/children?regionCode=" + county + "&q="
					+ URLEncoder.encode(names.get(i % names.size()), StandardCharsets.UTF_8)));
			measure("search full name, 2 characters", rounds, i -> http.get("/api/v1/children?regionCode=" + county
					+ "&q=" + URLEncoder.encode(twoCharacterNames.get(i % twoCharacterNames.size()), StandardCharsets.UTF_8)));
			measure("search full name, 3 characters", rounds, i -> http.get("/api/v1/children?regionCode=" + county
					+ "&q=" + URLEncoder.encode(threeCharacterNames.get(i % threeCharacterNames.size()), StandardCharsets.UTF_8)));
			measure("search 2 characters, no match", rounds, i -> http.get("/api/v1/children?regionCode=" + county
					+ "&q=" + URLEncoder.encode(NO_MATCH[i % NO_MATCH.length], StandardCharsets.UTF_8)));
			measure("search surname (1 character)", rounds, i -> http.get("/api/v1/children?regionCode=" + county + "&q="
					+ URLEncoder.encode(names.get(i % names.size()).substring(0, 1), StandardCharsets.UTF_8)));
			measure("search pinyin initials", rounds, i -> http.get("/api/v1/children?regionCode=" + county + "&q="
					+ jdbc.queryForObject("select name_initials from child where county_code = ? order by id offset ? limit 1",
							String.class, county, i % 200)));
			measure("search ID number (not found)", rounds, i -> http.get("/api/v1/children?q=" + idNumber(random, county)));
			measure("create file", rounds, i -> http.post("/api/v1/children", newChild(random, villages.get(i % villages.size()))));

			// the count behind "共 N 条" alone (same SQL shape as the application's, capped at 10,000 + 1)
			String count = "select count(*) from (select c.id from child c where c.county_code = ? %s"
					+ " order by c.id desc fetch first 10001 rows only) t";
			measure("count query: county", rounds, i -> sql(jdbc, count.formatted(""), county));
			measure("count query: 2-character name", rounds, i -> sql(jdbc, count.formatted("and (c.name || '') like ?"),
					county, "%" + twoCharacterNames.get(i % twoCharacterNames.size()) + "%"));
			measure("count query: 3-character name", rounds, i -> sql(jdbc, count.formatted("and c.name like ?"),
					county, "%" + threeCharacterNames.get(i % threeCharacterNames.size()) + "%"));
			measure("count query: category LEFT_BEHIND", rounds,
					i -> sql(jdbc, count.formatted("and c.category_codes like '%,LEFT_BEHIND,%'"), county));
			measure("count query: category ORPHAN", rounds,
					i -> sql(jdbc, count.formatted("and c.category_codes like '%,ORPHAN,%'"), county));
			measure("count query: category ORPHAN, joined as before V8", rounds, i -> sql(jdbc, "select count(*) from"
					+ " (select c.id from child c join child_category k on k.child_id = c.id where c.county_code = ?"
					+ " and k.code = 'ORPHAN' order by c.id desc fetch first 10001 rows only) t", county));

			// a province-level user (civil affairs of the province): the count stops at 10,000
			String province = county.substring(0, 2);
			String provinceUser = "bench_" + province;
			if (!users.usernameExists(provinceUser)) {
				users.createUser(new NewUser(provinceUser, "基准测试", PASSWORD, Set.of(Role.CIVIL_AFFAIRS), province, null, null));
			}
			BenchmarkApi provinceHttp = new BenchmarkApi("http://127.0.0.1:" + port);
			provinceHttp.login(provinceUser, PASSWORD);
			int provinceRounds = Math.max(50, rounds / 5);
			measure("province user: list province", provinceRounds, i -> provinceHttp.get("/api/v1/children"));
			measure("province user: list county", provinceRounds, i -> provinceHttp.get("/api/v1/children?regionCode=" + county));
			measure("province user: search full name, 3 characters", provinceRounds, i -> provinceHttp.get("/api/v1/children?q="
					+ URLEncoder.encode(threeCharacterNames.get(i % threeCharacterNames.size()), StandardCharsets.UTF_8)));
			measure("province user: search full name, 2 characters", provinceRounds, i -> provinceHttp.get("/api/v1/children?q="
					+ URLEncoder.encode(twoCharacterNames.get(i % twoCharacterNames.size()), StandardCharsets.UTF_8)));
		}
		finally {
			app.close();
		}
	}

	/** Two-character strings that are nobody's name: the search reads every entry of the county. */
	private static final String[] NO_MATCH = { "测试", "无名", "某某", "空空" };

	private static Answer sql(JdbcTemplate jdbc, String sql, Object... args) {
		jdbc.queryForObject(sql, Long.class, args);
		return new Answer(200, "");
	}

	private static void measure(String name, int rounds, IntFunction<Answer> call) {
		for (int i = 0; i < Math.min(50, rounds); i++) {
			call.apply(i); // warm-up
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			Answer answer = call.apply(i);
			nanos[i] = System.nanoTime() - start;
			if (answer.status() >= 300) {
				throw new IllegalStateException(name + " answered " + answer.status() + ": " + answer.body());
			}
		}
		Arrays.sort(nanos);
		System.out.printf("| %s | %.1f | %.1f | %.1f |%n", name, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99));
	}

	private static double pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1_000_000.0;
	}

	/**
	 * Babies born after 2025-12-01 (the generator never makes children under one) with a random address code and
	 * sequence, so that new numbers practically never collide with earlier runs.
	 */
	private static String idNumber(Random random, String county) {
		LocalDate birth = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(330));
		String address = county.substring(0, 2) + String.format("%04d", random.nextInt(10_000));
		String first17 = address + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return first17 + IdNumber.checkCharacter(first17);
	}

	private static String newChild(Random random, String village) {
		String id = idNumber(random, village.substring(0, 6));
		LocalDate birth = IdNumber.parse(id).orElseThrow().birthDate();
		Gender gender = IdNumber.parse(id).orElseThrow().gender();
		return """
				{"name":"基准%s","idNumber":"%s","gender":"%s","birthDate":"%s","ethnicity":"汉族","hukouRegistered":true,
				 "hukouType":"RURAL","villageCode":"%s","address":"某组",
				 "health":{"status":"HEALTHY"},"schooling":{"status":"PRIMARY","schoolName":"中心小学","boarding":false},
				 "father":{"name":"父","phone":"13800000000","situations":[{"type":"OUT_MIGRANT","since":"2023-02-01"}],"workplace":"广东省深圳市"},
				 "mother":{"name":"母","situations":[{"type":"OUT_MIGRANT"}],"workplace":"浙江省温州市"},
				 "caregiver":{"name":"祖父","phone":"13900000000","relation":"PATERNAL_GRANDPARENT","address":"同住"},
				 "guardianship":"FAIR","livingAlone":false,"familyIncome":["WAGES"],"familyAssistance":[]}
				""".formatted(random.nextInt(1000), id, gender.name(), birth, village);
	}
}

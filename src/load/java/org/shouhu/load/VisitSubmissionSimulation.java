package org.shouhu.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Visit submission by 200 child directors at once (docs/benchmarks.md, "Frontline care at one million files"),
 * against an application started separately on the 1M database.
 * <p>
 * Setup ({@link #before()}, plain HTTP): the bootstrap admin signs in, picks {@code shouhu.users} villages spread over
 * the region (the first township of every county, then the second..., the first village of each; see
 * {@link Setup#villages()}), and creates one director account per village ({@code POST /api/v1/users}; an
 * account that exists already is kept).
 * <p>
 * Model: closed, {@code shouhu.users} concurrent users, ramped up over {@code shouhu.rampSeconds}. Each user signs in
 * ({@code POST /api/v1/auth/token}), lists its village ({@code GET /api/v1/children?size=50}) and records
 * {@code shouhu.warmUpVisits} visits ("warm-up visit": the application's JIT warms up and the sign-ins of the ramp,
 * password hashing is costly by design, are over), waits until every user has come this far, and then for
 * {@code shouhu.seconds} records visits ("submit visit"), each after a think time of 1–3 s (uniform), of one of its
 * children, dated today: 3 in 4 phone contacts, 1 in 4 home visits, 1 in 20 with a concern and a problem to follow
 * up ({@code POST /api/v1/children/{id}/visits}). Assertions: p99 of "submit visit" under 100 ms; no failed request
 * at all (sign-ins, lists and warm-up visits included).
 * <p>
 * Properties ({@code -D...}): {@code shouhu.baseUrl} (default http://127.0.0.1:18080), {@code shouhu.adminPassword}
 * (default: env SHOUHU_ADMIN_PASSWORD), {@code shouhu.region} (61), {@code shouhu.users} (200),
 * {@code shouhu.seconds} (180), {@code shouhu.rampSeconds} (30), {@code shouhu.warmUpVisits} (5).
 */
public class VisitSubmissionSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("shouhu.baseUrl", "http://127.0.0.1:18080");
	private static final String REGION = System.getProperty("shouhu.region", "61");
	private static final int USERS = Integer.getInteger("shouhu.users", 200);
	private static final int SECONDS = Integer.getInteger("shouhu.seconds", 180);
	private static final int RAMP_SECONDS = Integer.getInteger("shouhu.rampSeconds", 30);
	private static final int WARM_UP_VISITS = Integer.getInteger("shouhu.warmUpVisits", 5);
	private static final String DIRECTOR_PASSWORD = "Load-Test-2026!";
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d+)\"");
	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	/** Director usernames, filled by {@link #before()}; users take them in turn. */
	private final List<String> directors = new ArrayList<>();
	private final AtomicInteger next = new AtomicInteger();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.shareConnections();

	private final Iterator<Map<String, Object>> feeder = new Iterator<>() {
		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public Map<String, Object> next() {
			return Map.of("username", directors.get(next.getAndIncrement() % directors.size()));
		}
	};

	private final ScenarioBuilder directorsAtWork = scenario("director records visits")
			.feed(feeder)
			.exec(http("sign in").post("/api/v1/auth/token")
					.body(StringBody("{\"username\":\"#{username}\",\"password\":\"" + DIRECTOR_PASSWORD + "\"}"))
					.check(status().is(200), jsonPath("$.token").saveAs("token")))
			.exitHereIfFailed()
			.exec(http("list village").get("/api/v1/children?size=50")
					.header("Authorization", "Bearer #{token}")
					.check(status().is(200), jsonPath("$.items[*].id").findAll().saveAs("childIds")))
			.exitHereIfFailed()
			.repeat(WARM_UP_VISITS).on(
					pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
							.exec(VisitSubmissionSimulation::chooseVisit)
							.exec(submit("warm-up visit")))
			.rendezVous(USERS)
			.during(Duration.ofSeconds(SECONDS)).on(
					pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
							.exec(VisitSubmissionSimulation::chooseVisit)
							.exec(submit("submit visit")));

	private static io.gatling.javaapi.http.HttpRequestActionBuilder submit(String name) {
		return http(name).post("/api/v1/children/#{childId}/visits")
				.header("Authorization", "Bearer #{token}")
				.body(StringBody("#{visit}"))
				.check(status().is(201));
	}

	{
		setUp(directorsAtWork.injectClosed(
				rampConcurrentUsers(0).to(USERS).during(RAMP_SECONDS),
				constantConcurrentUsers(USERS).during(SECONDS)))
				.protocols(protocol)
				.maxDuration(Duration.ofSeconds(SECONDS + 2L * RAMP_SECONDS + 4L * WARM_UP_VISITS + 60))
				.assertions(
						details("submit visit").responseTime().percentile(99.0).lt(100),
						details("submit visit").requestsPerSec().gt(0.0),
						global().failedRequests().count().is(0L));
	}

	@Override
	public void before() {
		String password = System.getProperty("shouhu.adminPassword", System.getenv("SHOUHU_ADMIN_PASSWORD"));
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("Set -Dshouhu.adminPassword (or SHOUHU_ADMIN_PASSWORD): the password the "
					+ "application's bootstrap admin was created with");
		}
		Setup setup = new Setup();
		String adminToken = setup.token("admin", password);
		List<String> villages = setup.villages();
		int created = 0;
		for (String village : villages) {
			String username = "load_dir_" + village;
			int status = setup.post("/api/v1/users", adminToken, """
					{"username":"%s","displayName":"压测儿童主任","password":"%s","roles":["CHILD_DIRECTOR"],
					 "jurisdiction":"%s","department":null,"phone":null}""".formatted(username, DIRECTOR_PASSWORD, village));
			if (status == 201) {
				created++;
			}
			else if (status != 409) {
				throw new IllegalStateException("creating " + username + " answered " + status);
			}
			directors.add(username);
		}
		System.out.printf("load test: %d directors in %d villages (%d created now), %d s at %d users after a %d s ramp%n",
				directors.size(), villages.size(), created, SECONDS, USERS, RAMP_SECONDS);
	}

	/** One of the user's children and a valid visit of today. */
	private static Session chooseVisit(Session session) {
		List<Object> ids = session.getList("childIds");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Object childId = ids.get(random.nextInt(ids.size()));
		boolean home = random.nextInt(4) == 0;
		boolean concern = random.nextInt(20) == 0;
		String today = LocalDate.now(CHINA).toString();
		String visit = """
				{"type":"%s","method":"%s","visitedOn":"%s","metWith":["CHILD","CAREGIVER"],
				 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"%s","guardianship":"NORMAL"},
				 "problems":%s,"actions":%s,"followUpNeeded":%s}""".formatted(
				home ? "HOME_VISIT" : "CONTACT", home ? "IN_PERSON" : "PHONE", today, concern ? "CONCERN" : "NORMAL",
				concern ? "\"孩子近期情绪低落，不愿与人交流\"" : "null", concern ? "\"已与照护人沟通，约定一周后复查\"" : "null",
				concern);
		return session.set("childId", childId).set("visit", visit);
	}

	/** The setup's plain HTTP calls (before the simulation starts, not measured). */
	private static final class Setup {

		private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

		String token(String username, String password) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
			Matcher token = TOKEN.matcher(response.body());
			if (response.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("sign-in of " + username + " answered " + response.statusCode());
			}
			return token.group(1);
		}

		/**
		 * Villages spread over the region: townships taken county by county in turn (the first township of every
		 * county, then the second, ...), the first village of each; when every township is taken, the second
		 * village of each, and so on.
		 */
		List<String> villages() {
			List<String> counties = List.of(REGION);
			while (counties.get(0).length() < 6) {
				List<String> below = new ArrayList<>();
				counties.forEach(code -> below.addAll(children(code)));
				counties = below;
			}
			List<List<String>> townshipsByCounty = new ArrayList<>();
			counties.forEach(county -> townshipsByCounty.add(children(county)));
			List<String> townships = new ArrayList<>();
			for (int i = 0; townships.size() < USERS; i++) {
				int before = townships.size();
				for (List<String> inCounty : townshipsByCounty) {
					if (i < inCounty.size() && townships.size() < USERS) {
						townships.add(inCounty.get(i));
					}
				}
				if (townships.size() == before) {
					break;
				}
			}
			List<List<String>> villagesByTownship = new ArrayList<>();
			townships.forEach(township -> villagesByTownship.add(children(township)));
			List<String> villages = new ArrayList<>();
			for (int i = 0; villages.size() < USERS; i++) {
				int before = villages.size();
				for (List<String> inTownship : villagesByTownship) {
					if (i < inTownship.size() && villages.size() < USERS) {
						villages.add(inTownship.get(i));
					}
				}
				if (villages.size() == before) {
					break;
				}
			}
			return villages;
		}

		List<String> children(String code) {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/regions/" + code + "/children")).GET());
			List<String> codes = new ArrayList<>();
			Matcher matcher = CODE.matcher(response.body());
			while (matcher.find()) {
				codes.add(matcher.group(1));
			}
			return codes;
		}

		int post(String path, String token, String json) {
			return send(HttpRequest.newBuilder(URI.create(BASE_URL + path))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(json))).statusCode();
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return client.send(request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}
}

package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.ParallelRequests.counts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.Gender;
import org.shouhu.common.Messages;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ParallelRequests;
import org.shouhu.testing.ParallelRequests.Answer;
import org.shouhu.testing.TestVillages;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: many clients at once against each unique rule and each version, through the whole API (MockMvc from as
 * many threads, each request in its own transaction). Outcomes are counted: the rule holds (one winner), every other
 * client gets the 409 a sequential client gets, and nothing answers 500.
 */
@IntegrationTest
class ConcurrencyTests {

	static final int CLIENTS = 24;
	static final JsonMapper JSON = JsonMapper.builder().build();
	/** A county of this class alone: its visit policy row is deleted and written here. */
	static final String COUNTY = UnusedRegions.county();

	@Autowired
	ParallelRequests parallel;

	@Autowired
	Accounts accounts;

	@Autowired
	Messages messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneIdNumberRegisteredByManyAtOnceMakesOneFileAndTheSameConflictForTheRest() throws Exception {
		CurrentUser director = accounts.create("racereg", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		LocalDate born = Children.today().minusYears(8);
		String idNumber = IdNumbers.random(born, Gender.MALE);
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> json(post("/api/v1/children"), director,
				Children.leftBehindWithGrandparents().born(born).idNumber(idNumber).name(Children.randomName("李")).build()));

		assertThat(counts(answers)).isEqualTo(Map.of(201, 1L, 409, (long) CLIENTS - 1));
		Answer sequential = parallel.answer(json(post("/api/v1/children"), director,
				Children.leftBehindWithGrandparents().born(born).idNumber(idNumber).build()));
		assertThat(sequential.status()).isEqualTo(409);
		assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::detail)
			.containsOnly(sequential.detail());
	}

	@Test
	void oneIdNumberGivenByManyEditsAtOnceGoesToOneFile() throws Exception {
		CurrentUser director = accounts.create("raceedit", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			ids.add(id(parallel.answer(json(post("/api/v1/children"), director,
					Children.leftBehindWithGrandparents().build()))));
		}
		LocalDate born = Children.today().minusYears(10);
		String idNumber = IdNumbers.random(born, Gender.FEMALE);
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> json(put("/api/v1/children/" + ids.get(i)), director,
				Children.leftBehindWithGrandparents().born(born).female().idNumber(idNumber).version(0).build()));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		Answer sequential = parallel.answer(json(post("/api/v1/children"), director,
				Children.leftBehindWithGrandparents().born(born).female().idNumber(idNumber).build()));
		assertThat(sequential.status()).isEqualTo(409);
		assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::detail)
			.containsOnly(sequential.detail());
	}

	@Test
	void oneUsernameCreatedByManyAtOnceMakesOneAccount() throws Exception {
		CurrentUser admin = accounts.create("raceadmin", Set.of(Role.SECURITY_ADMIN), TestVillages.COUNTY);
		String username = "race-" + System.nanoTime();
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> json(post("/api/v1/users"), admin, Map.of("username",
				username, "displayName", "并发" + i, "password", Accounts.PASSWORD, "roles", List.of("VIEWER"),
				"jurisdiction", TestVillages.COUNTY)));

		assertThat(counts(answers)).isEqualTo(Map.of(201, 1L, 409, (long) CLIENTS - 1));
		assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::detail)
			.containsOnly(messages.get("account.username.taken", username));
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username))
			.isEqualTo(1);
	}

	@Test
	void twoPolicyChangesAtOnceBothApplyOneAfterTheOther() throws Exception {
		CurrentUser county = accounts.create("racepolicy", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		for (int round = 0; round < 20; round++) {
			jdbc.update("delete from visit_policy where county_code = ?", COUNTY);
			List<Map<String, Integer>> bodies = List.of(
					Map.of("contactDays", 3 + round, "homeVisitDays", 40, "closeAttentionHomeVisitDays", 10),
					Map.of("contactDays", 5, "homeVisitDays", 50 + round, "closeAttentionHomeVisitDays", 20));
			List<Answer> answers = parallel.atOnce(2,
					i -> json(put("/api/v1/visit-policies/" + COUNTY), county, bodies.get(i)));

			assertThat(counts(answers)).as("round " + round + ": " + answers).isEqualTo(Map.of(200, 2L));
			Answer now = parallel.answer(get("/api/v1/visit-policies/" + COUNTY).with(accounts.as(county)));
			Map<String, Integer> stored = Map.of("contactDays", JsonPath.read(now.body(), "$.contactDays"),
					"homeVisitDays", JsonPath.read(now.body(), "$.homeVisitDays"), "closeAttentionHomeVisitDays",
					JsonPath.read(now.body(), "$.closeAttentionHomeVisitDays"));
			assertThat(stored).isIn(bodies);
		}
	}

	@Test
	void manyEditsOfOneFileWithTheSameVersionLetOneWinAndLoseNone() throws Exception {
		CurrentUser director = accounts.create("raceversion", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		LocalDate born = Children.today().minusYears(7);
		String idNumber = IdNumbers.random(born, Gender.MALE);
		long id = id(parallel.answer(json(post("/api/v1/children"), director,
				Children.leftBehindWithGrandparents().born(born).idNumber(idNumber).build())));
		List<String> names = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			names.add("赵" + "一二三四五六七八九十".charAt(i % 10) + "甲乙丙丁戊己庚".charAt(i / 10));
		}
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> json(put("/api/v1/children/" + id), director,
				Children.leftBehindWithGrandparents().born(born).idNumber(idNumber).name(names.get(i)).version(0).build()));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		String winner = answers.stream().filter(a -> a.status() == 200).map(a -> (String) JsonPath.read(a.body(), "$.name"))
			.findFirst().orElseThrow();
		Answer stored = parallel.answer(get("/api/v1/children/" + id).with(accounts.as(director)));
		assertThat((String) JsonPath.read(stored.body(), "$.name")).isEqualTo(winner);
		assertThat(((Number) JsonPath.read(stored.body(), "$.version")).longValue()).isEqualTo(1);
	}

	@Test
	void manyEditsOfOneWorkLogWithTheSameVersionLetOneWin() throws Exception {
		CurrentUser director = accounts.create("racelog", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		String today = Children.today().toString();
		Answer created = parallel.answer(json(post("/api/v1/work-logs"), director,
				Map.of("workedOn", today, "content", "走访", "childIds", List.of())));
		long id = id(created);
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> json(put("/api/v1/work-logs/" + id), director,
				Map.of("workedOn", today, "content", "改写" + i, "childIds", List.of(), "version", 0)));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		String winner = answers.stream().filter(a -> a.status() == 200).map(a -> (String) JsonPath.read(a.body(), "$.content"))
			.findFirst().orElseThrow();
		Answer stored = parallel.answer(get("/api/v1/work-logs/" + id).with(accounts.as(director)));
		assertThat((String) JsonPath.read(stored.body(), "$.content")).isEqualTo(winner);
	}

	@Test
	void manyEditsOfOneAccountWithTheSameVersionLetOneWin() throws Exception {
		CurrentUser admin = accounts.create("raceuadmin", Set.of(Role.SECURITY_ADMIN), TestVillages.COUNTY);
		CurrentUser user = accounts.create("raceuser", Set.of(Role.VIEWER), TestVillages.COUNTY);
		long version = ((Number) JsonPath.read(
				parallel.answer(get("/api/v1/users/" + user.id()).with(accounts.as(admin))).body(), "$.version"))
			.longValue();
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> json(put("/api/v1/users/" + user.id()), admin,
				Map.of("displayName", "改名" + i, "roles", List.of("VIEWER"), "jurisdiction", TestVillages.COUNTY,
						"version", version)));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		String winner = answers.stream().filter(a -> a.status() == 200)
			.map(a -> (String) JsonPath.read(a.body(), "$.displayName")).findFirst().orElseThrow();
		Answer stored = parallel.answer(get("/api/v1/users/" + user.id()).with(accounts.as(admin)));
		assertThat((String) JsonPath.read(stored.body(), "$.displayName")).isEqualTo(winner);
	}

	@Test
	void oneProblemResolvedByManyAtOnceIsResolvedOnce() throws Exception {
		CurrentUser director = accounts.create("raceproblem", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		String today = Children.today().toString();
		long child = id(parallel.answer(json(post("/api/v1/children"), director,
				Children.leftBehindWithGrandparents().village(TestVillages.A).build())));
		Answer visit = parallel.answer(json(post("/api/v1/children/" + child + "/visits"), director, Map.of("type",
				"HOME_VISIT", "method", "IN_PERSON", "visitedOn", today, "metWith", List.of("CHILD", "CAREGIVER"),
				"findings", Map.of("safety", "NORMAL", "health", "NORMAL", "schooling", "CONCERN", "psychology",
						"NORMAL", "guardianship", "NORMAL"),
				"problems", "无人接送上学", "actions", "联系村委会", "followUpNeeded", true)));
		long problem = ((Number) JsonPath.read(visit.body(), "$.problemId")).longValue();
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> json(
				post("/api/v1/children/" + child + "/problems/" + problem + "/resolve"), director,
				Map.of("resolution", "已安排接送" + i)));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		String winner = answers.stream().filter(a -> a.status() == 200)
			.map(a -> (String) JsonPath.read(a.body(), "$.resolution")).findFirst().orElseThrow();
		assertThat(jdbc.queryForObject("select resolution from care_problem where id = ?", String.class, problem))
			.isEqualTo(winner);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, CurrentUser user, Object body) {
		return request.with(accounts.as(user)).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body));
	}

	private static long id(Answer created) {
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
	}
}

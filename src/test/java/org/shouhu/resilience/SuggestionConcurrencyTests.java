package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * A report suggestion declined by many clients at once (the director on two phones, the supervisor): one 200, every
 * other client the 409 of a decided suggestion or of a stale version, never a 500; the stored reason is the winner's.
 */
@IntegrationTest
class SuggestionConcurrencyTests {

	static final int CLIENTS = 16;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnusedRegions unused;

	record Answer(int status, String body) {
	}

	@Test
	void oneSuggestionDeclinedByManyAtOnceIsDeclinedOnce() throws Exception {
		String village = unused.village();
		CurrentUser director = accounts.create("racesug", Set.of(Role.CHILD_DIRECTOR), village);
		long child = care.child(village);
		Answer visit = answer(post("/api/v1/children/" + child + "/visits").with(accounts.as(director))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"type":"HOME_VISIT","method":"IN_PERSON","visitedOn":"%s","metWith":["CHILD"],
						 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"NORMAL",
						             "guardianship":"SERIOUS"},"problems":"无人照料","followUpNeeded":true}"""
						.formatted(Children.today())));
		assertThat(visit.status()).as(visit.body()).isEqualTo(201);
		long id = jdbc.queryForObject("select id from report_suggestion where child_id = ?", Long.class, child);

		List<Answer> answers = atOnce(i -> post("/api/v1/report-suggestions/" + id + "/decline")
				.with(accounts.as(director)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"已核实无需报告" + i + "\",\"version\":0}"));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		String winner = answers.stream().filter(a -> a.status() == 200)
				.map(a -> (String) JsonPath.read(a.body(), "$.declinedReason")).findFirst().orElseThrow();
		assertThat(jdbc.queryForMap("select status, declined_reason, version from report_suggestion where id = ?", id))
				.containsEntry("status", "DECLINED").containsEntry("declined_reason", winner);
	}

	private Answer answer(RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		return new Answer(result.getResponse().getStatus(),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private List<Answer> atOnce(java.util.function.IntFunction<RequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		CountDownLatch ready = new CountDownLatch(CLIENTS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Answer>> futures = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				RequestBuilder built = request.apply(i);
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					try {
						return answer(built);
					}
					catch (Exception e) {
						return new Answer(500, e.toString());
					}
				}));
			}
			ready.await();
			start.countDown();
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> future : futures) {
				answers.add(future.get(60, TimeUnit.SECONDS));
			}
			assertThat(answers).as("no server error").noneMatch(a -> a.status() >= 500);
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<Integer, Long> counts(List<Answer> answers) {
		return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
	}
}

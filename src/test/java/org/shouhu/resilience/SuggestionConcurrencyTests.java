package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.ParallelRequests.counts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ParallelRequests;
import org.shouhu.testing.ParallelRequests.Answer;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * A report suggestion declined by many clients at once (the director on two phones, the supervisor): one 200, every
 * other client the 409 of a decided suggestion or of a stale version, never a 500; the stored reason is the winner's.
 */
@IntegrationTest
class SuggestionConcurrencyTests {

	static final int CLIENTS = 16;

	@Autowired
	ParallelRequests parallel;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnusedRegions unused;

	@Test
	void oneSuggestionDeclinedByManyAtOnceIsDeclinedOnce() throws Exception {
		String village = unused.village();
		CurrentUser director = accounts.create("racesug", Set.of(Role.CHILD_DIRECTOR), village);
		long child = care.child(village);
		Answer visit = parallel.answer(post("/api/v1/children/" + child + "/visits").with(accounts.as(director))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"type":"HOME_VISIT","method":"IN_PERSON","visitedOn":"%s","metWith":["CHILD"],
						 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"NORMAL",
						             "guardianship":"SERIOUS"},"problems":"无人照料","followUpNeeded":true}"""
						.formatted(Children.today())));
		assertThat(visit.status()).as(visit.body()).isEqualTo(201);
		long id = jdbc.queryForObject("select id from report_suggestion where child_id = ?", Long.class, child);

		List<Answer> answers = parallel.atOnce(CLIENTS, i -> post("/api/v1/report-suggestions/" + id + "/decline")
				.with(accounts.as(director)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"已核实无需报告" + i + "\",\"version\":0}"));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		String winner = answers.stream().filter(a -> a.status() == 200)
				.map(a -> (String) JsonPath.read(a.body(), "$.declinedReason")).findFirst().orElseThrow();
		assertThat(jdbc.queryForMap("select status, declined_reason, version from report_suggestion where id = ?", id))
				.containsEntry("status", "DECLINED").containsEntry("declined_reason", winner);
	}
}

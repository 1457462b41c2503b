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
 * One active temporary guardianship per child (unique {@code active_child_id}, V15) and the intervention's version
 * under many clients at once, through the API: one winner, the same 409 as a sequential client for the rest, no 500.
 */
@IntegrationTest
class InterventionConcurrencyTests {

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
	void manyTemporaryGuardianshipsOfOneChildAtOnceMakeOne() throws Exception {
		String village = unused.village();
		CurrentUser officer = accounts.create("racetg", Set.of(Role.CIVIL_AFFAIRS), village.substring(0, 6));
		long child = care.child(village);
		String body = """
				{"type":"TEMPORARY_GUARDIANSHIP","startedOn":"%s","actingUnit":"县民政局","note":"紧急安置",
				 "basis":"GUARDIAN_HARM","placement":"PROTECTION_INSTITUTION"}""".formatted(Children.today());
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> post("/api/v1/children/{id}/interventions", child)
			.with(accounts.as(officer)).contentType(MediaType.APPLICATION_JSON).content(body));

		assertThat(counts(answers)).isEqualTo(Map.of(201, 1L, 409, (long) CLIENTS - 1));
		Answer sequential = parallel.answer(post("/api/v1/children/{id}/interventions", child)
			.with(accounts.as(officer)).contentType(MediaType.APPLICATION_JSON).content(body));
		assertThat(sequential.status()).isEqualTo(409);
		assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::detail)
			.containsOnly(sequential.detail());
		assertThat(jdbc.queryForObject("select count(*) from protection_intervention where child_id = ?"
				+ " and status = 'ACTIVE'", Long.class, child)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select temporary_guardianship from child where id = ?", Boolean.class, child))
			.isTrue();
	}

	@Test
	void oneTemporaryGuardianshipEndedByManyAtOnceEndsOnce() throws Exception {
		String village = unused.village();
		CurrentUser officer = accounts.create("raceend", Set.of(Role.CIVIL_AFFAIRS), village.substring(0, 6));
		long child = care.child(village);
		Answer created = parallel.answer(post("/api/v1/children/{id}/interventions", child).with(accounts.as(officer))
			.contentType(MediaType.APPLICATION_JSON).content("""
				{"type":"TEMPORARY_GUARDIANSHIP","startedOn":"%s","actingUnit":"县民政局","note":"紧急安置",
				 "basis":"GUARDIAN_MISSING","placement":"KINSHIP"}""".formatted(Children.today())));
		long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
		String end = "{\"endedOn\":\"%s\",\"outcome\":\"LONG_TERM_GUARDIANSHIP\"}".formatted(Children.today());
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> post("/api/v1/children/{c}/interventions/{i}/end", child, id)
			.with(accounts.as(officer)).contentType(MediaType.APPLICATION_JSON).content(end));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		assertThat(jdbc.queryForObject("select count(*) from protection_intervention where child_id = ?"
				+ " and type = 'LONG_TERM_GUARDIANSHIP'", Long.class, child)).isEqualTo(1);
	}
}

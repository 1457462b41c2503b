package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.ParallelRequests.counts;
import static org.shouhu.testing.SurveyRoundFixtures.body;
import static org.shouhu.testing.SurveyRoundFixtures.nextWeek;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ParallelRequests;
import org.shouhu.testing.ParallelRequests.Answer;
import org.shouhu.testing.SurveyRoundFixtures;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * Survey rounds under many clients at once, through the API: one open round per county (unique
 * {@code open_county_code}, V20) gives one 201 and the same 409 as a sequential client for the rest; confirmations,
 * submissions and closing of one round are serialised by the round's row lock, so one village is confirmed once,
 * many villages confirmed at once are all kept, a township is submitted once, a round closed once, and nothing is
 * confirmed after the round closed. No 500.
 */
@IntegrationTest
class SurveyRoundConcurrencyTests {

	static final String COUNTY = UnusedRegions.county();
	static final int CLIENTS = 12;

	@Autowired
	ParallelRequests parallel;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	SurveyRoundFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	final CurrentUser county = TestUsers.civilAffairs(COUNTY);

	@BeforeEach
	void noOpenRound() {
		fixtures.closeOpenRound(COUNTY);
	}

	long open() throws Exception {
		Answer answer = parallel.answer(post("/api/v1/survey-rounds").with(TestUsers.as(county))
			.contentType(MediaType.APPLICATION_JSON).content(body(COUNTY, "并发", nextWeek())));
		assertThat(answer.status()).isEqualTo(201);
		return ((Number) JsonPath.read(answer.body(), "$.id")).longValue();
	}

	@Test
	void manyOpensOfOneCountyAtOnceOpenOneRound() throws Exception {
		care.child(unused.village(COUNTY));
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> post("/api/v1/survey-rounds").with(TestUsers.as(county))
			.contentType(MediaType.APPLICATION_JSON).content(body(COUNTY, "第" + i + "轮", nextWeek())));

		assertThat(counts(answers)).isEqualTo(Map.of(201, 1L, 409, (long) CLIENTS - 1));
		assertThat(jdbc.queryForObject("select count(*) from survey_round where open_county_code = ?", Long.class,
				COUNTY)).isEqualTo(1);
		assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::detail)
			.allMatch(detail -> detail.contains("本县") && detail.contains("摸底排查轮次"));
	}

	@Test
	void oneVillageConfirmedByManyAtOnceIsConfirmedOnce() throws Exception {
		String township = unused.township(COUNTY);
		String village = SurveyRoundFixtures.withFiles(care, unused.villages(township, 1)).get(0);
		long round = open();
		CurrentUser director = TestUsers.director(village);
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> post("/api/v1/survey-rounds/{id}/villages/{v}/confirm",
				round, village).with(TestUsers.as(director)));

		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		assertThat(jdbc.queryForObject("select count(*) from survey_round_event where round_id = ?"
				+ " and action = 'VILLAGE_CONFIRMED'", Long.class, round)).isEqualTo(1);
	}

	@Test
	void manyVillagesConfirmedAtOnceAreAllKeptAndTheTownshipSubmittedOnce() throws Exception {
		String township = unused.township(COUNTY);
		List<String> villages = SurveyRoundFixtures.withFiles(care, unused.villages(township, 6));
		long round = open();
		List<Answer> confirmed = parallel.atOnce(villages.size(), i -> post(
				"/api/v1/survey-rounds/{id}/villages/{v}/confirm", round, villages.get(i))
			.with(TestUsers.as(TestUsers.director(villages.get(i)))));
		assertThat(counts(confirmed)).isEqualTo(Map.of(200, (long) villages.size()));
		assertThat(jdbc.queryForObject("select count(*) from survey_round_village where round_id = ?"
				+ " and township_code = ? and confirmed_at is not null", Long.class, round, township))
			.isEqualTo(villages.size());

		CurrentUser supervisor = TestUsers.supervisor(township);
		List<Answer> submitted = parallel.atOnce(CLIENTS, i -> post("/api/v1/survey-rounds/{id}/townships/{t}/submit",
				round, township).with(TestUsers.as(supervisor)));
		assertThat(counts(submitted)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
	}

	@Test
	void confirmationsRacingTheCloseAreEitherBeforeItOrRefused() throws Exception {
		String township = unused.township(COUNTY);
		List<String> villages = SurveyRoundFixtures.withFiles(care, unused.villages(township, 6));
		long round = open();
		List<Answer> answers = parallel.atOnce(villages.size() + 2, i -> i < villages.size()
				? post("/api/v1/survey-rounds/{id}/villages/{v}/confirm", round, villages.get(i))
					.with(TestUsers.as(TestUsers.director(villages.get(i))))
				: post("/api/v1/survey-rounds/{id}/close", round).with(TestUsers.as(county)));

		List<Answer> closes = answers.subList(villages.size(), answers.size());
		assertThat(counts(closes)).isEqualTo(Map.of(200, 1L, 409, 1L));
		long ok = answers.subList(0, villages.size()).stream().filter(a -> a.status() == 200).count();
		assertThat(jdbc.queryForObject("select count(*) from survey_round_village where round_id = ?"
				+ " and confirmed_at is not null", Long.class, round)).isEqualTo(ok);
		assertThat(jdbc.queryForObject("select count(*) from survey_round_village v join survey_round r"
				+ " on r.id = v.round_id where r.id = ? and v.confirmed_at > r.closed_at", Long.class, round)).isZero();
		assertThat(answers.subList(0, villages.size())).filteredOn(a -> a.status() != 200)
			.allMatch(a -> a.status() == 409 && a.detail().contains("本轮已关闭"));
	}
}

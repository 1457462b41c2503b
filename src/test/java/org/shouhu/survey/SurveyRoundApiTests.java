package org.shouhu.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.shouhu.testing.SurveyRoundFixtures.body;
import static org.shouhu.testing.SurveyRoundFixtures.nextWeek;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.statistics.StatisticsSummaries;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.SurveyRoundFixtures;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * Survey rounds over the API (API.md "Import, export, rounds, transfers and statistics"): the whole flow director →
 * supervisor → county → snapshot, every refusal by role, and the to-do items of late villages and townships. The
 * class's county is its own; each test works in a township of it without files and gives two of its villages a file.
 */
@IntegrationTest
class SurveyRoundApiTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	SurveyRoundFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatisticsSummaries statistics;

	String township;
	String village1;
	String village2;
	CurrentUser county;
	CurrentUser director1;
	CurrentUser director2;
	CurrentUser supervisor;

	@BeforeEach
	void county() {
		fixtures.closeOpenRound(COUNTY);
		county = TestUsers.civilAffairs(COUNTY);
	}

	/** A township of its own with two villages, each with a file (for tests that count a township). */
	void freshTownship() {
		township = unused.township(COUNTY);
		List<String> villages = SurveyRoundFixtures.withFiles(care, unused.villages(township, 2));
		village1 = villages.get(0);
		village2 = villages.get(1);
		users();
	}

	/** Two villages with a file each, in whatever townships (for tests that count nothing per township). */
	void someVillages() {
		village1 = unused.village(COUNTY);
		village2 = unused.village(COUNTY);
		care.child(village1);
		care.child(village2);
		township = village1.substring(0, 9);
		users();
	}

	void users() {
		director1 = TestUsers.director(village1);
		director2 = TestUsers.director(village2);
		supervisor = TestUsers.supervisor(township);
	}

	@AfterEach
	void closeRound() {
		fixtures.closeOpenRound(COUNTY);
	}

	long open() throws Exception {
		String answer = mvc.perform(post("/api/v1/survey-rounds").with(TestUsers.as(county))
				.contentType(MediaType.APPLICATION_JSON).content(body(COUNTY, "2026年摸底排查", nextWeek())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

	ResultActions confirm(CurrentUser user, long round, String village) throws Exception {
		return mvc.perform(post("/api/v1/survey-rounds/{id}/villages/{v}/confirm", round, village)
			.with(TestUsers.as(user)));
	}

	ResultActions submit(CurrentUser user, long round, String township) throws Exception {
		return mvc.perform(post("/api/v1/survey-rounds/{id}/townships/{t}/submit", round, township)
			.with(TestUsers.as(user)));
	}

	ResultActions close(CurrentUser user, long round) throws Exception {
		return mvc.perform(post("/api/v1/survey-rounds/{id}/close", round).with(TestUsers.as(user)));
	}

	ResultActions read(CurrentUser user, long round) throws Exception {
		return mvc.perform(get("/api/v1/survey-rounds/{id}", round).with(TestUsers.as(user)));
	}

	String township(long round, CurrentUser user) {
		return "$.byRegion[?(@.regionCode == '" + township + "')]";
	}

	@Test
	void directorsConfirmTheSupervisorSubmitsTheCountyClosesAndTheSnapshotStays() throws Exception {
		freshTownship();
		long round = open();
		read(county, round)
			.andExpect(jsonPath("$.name").value("2026年摸底排查"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.deadline").value(nextWeek().toString()))
			.andExpect(jsonPath("$.confirmed").value(0))
			.andExpect(jsonPath("$.submittedTownships").value(0))
			.andExpect(jsonPath(township(round, county) + ".villages").value(hasItem(2)))
			.andExpect(jsonPath(township(round, county) + ".confirmed").value(hasItem(0)))
			.andExpect(jsonPath(township(round, county) + ".submitted").value(hasItem(false)));

		confirm(director1, round, village1).andExpect(status().isOk())
			.andExpect(jsonPath(township(round, director1) + ".confirmed").value(hasItem(1)));
		submit(supervisor, round, township).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("还有 1 个村未确认已核查：" + unused.name(village2))));
		confirm(director2, round, village2).andExpect(status().isOk());
		submit(supervisor, round, township).andExpect(status().isOk())
			.andExpect(jsonPath(township(round, supervisor) + ".submitted").value(hasItem(true)))
			.andExpect(jsonPath("$.byRegion", hasSize(1)));
		read(director1, round).andExpect(status().isOk())
			.andExpect(jsonPath("$.byRegion", hasSize(1)))
			.andExpect(jsonPath("$.byRegion[0].regionCode").value(township));

		close(county, round).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
		String snapshot = mvc.perform(get("/api/v1/survey-rounds/{id}/snapshot", round).with(TestUsers.as(county)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(COUNTY))
			.andReturn().getResponse().getContentAsString();
		assertThat(snapshot).contains("\"children\"");

		mvc.perform(get("/api/v1/survey-rounds/{id}/history", round).with(TestUsers.as(county)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("OPENED", "VILLAGE_CONFIRMED",
					"VILLAGE_CONFIRMED", "TOWNSHIP_SUBMITTED", "CLOSED")))
			.andExpect(jsonPath("$[1].actor").value(director1.displayName()))
			.andExpect(jsonPath("$[1].regionCode").value(village1))
			.andExpect(jsonPath("$[3].actor").value(supervisor.displayName()));
		assertThat(jdbc.queryForObject("select count(*) from survey_round where open_county_code = ?", Long.class,
				COUNTY)).isZero();
	}

	@Test
	void theSnapshotIsTheCountysSummaryAtClosingAndStaysAsItWasAfterFilesChange() throws Exception {
		freshTownship();
		long round = open();
		long before = statistics.summaryAsSystem(COUNTY).children();
		close(county, round).andExpect(status().isOk());
		String snapshot = mvc.perform(get("/api/v1/survey-rounds/{id}/snapshot", round).with(TestUsers.as(county)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value(COUNTY))
			.andExpect(jsonPath("$.children").value((int) before))
			.andExpect(jsonPath("$.byRegion[?(@.regionCode == '" + township + "')].children").value(hasItem(2)))
			.andReturn().getResponse().getContentAsString();

		care.child(village1);
		care.child(village2);
		assertThat(statistics.summaryAsSystem(COUNTY).children()).as("the live figures moved").isEqualTo(before + 2);
		mvc.perform(get("/api/v1/survey-rounds/{id}/snapshot", round).with(TestUsers.as(county)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(snapshot));
	}

	@Test
	void theRoundsVillagesAreFixedAtOpening() throws Exception {
		someVillages();
		long round = open();
		int villages = JsonPath.read(read(county, round).andReturn().getResponse().getContentAsString(), "$.villages");
		String later = unused.village(COUNTY);
		care.child(later);
		read(county, round).andExpect(jsonPath("$.villages").value(villages));
		confirm(TestUsers.director(later), round, later).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("本轮没有这个村")));
	}

	@Test
	void openingRefusesWrongRolesPlacesAndFields() throws Exception {
		someVillages();
		String good = body(COUNTY, "摸底", nextWeek());
		for (CurrentUser user : List.of(director1, supervisor, TestUsers.user(Role.VIEWER, COUNTY))) {
			mvc.perform(post("/api/v1/survey-rounds").with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON)
				.content(good)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/survey-rounds").with(TestUsers.as(TestUsers.civilAffairs("610102")))
			.contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isNotFound());
		assertBadField(body(township, "摸底", nextWeek()), "regionCode");
		assertBadField(body("619999", "摸底", nextWeek()), "regionCode");
		assertBadField(body(COUNTY, " ", nextWeek()), "name");
		assertBadField(body(COUNTY, "摸\\u0007底", nextWeek()), "name");
		assertBadField(body(COUNTY, "摸".repeat(101), nextWeek()), "name");
		assertBadField(body(COUNTY, "摸底", TestClock.today().minusDays(1)), "deadline");
		assertBadField("{\"regionCode\":\"" + COUNTY + "\",\"name\":\"摸底\"}", "deadline");
		assertThat(jdbc.queryForObject("select count(*) from survey_round where open_county_code = ?", Long.class,
				COUNTY)).isZero();

		mvc.perform(post("/api/v1/survey-rounds").with(TestUsers.as(county)).contentType(MediaType.APPLICATION_JSON)
			.content(body(COUNTY, "今天截止", TestClock.today()))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/survey-rounds").with(TestUsers.as(county)).contentType(MediaType.APPLICATION_JSON)
			.content(good))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本县已有进行中的摸底排查轮次“今天截止”")));
	}

	void assertBadField(String body, String field) throws Exception {
		mvc.perform(post("/api/v1/survey-rounds").with(TestUsers.as(county)).contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
	}

	@Test
	void readingIsForTheCountyAndWhatLiesInItOnly() throws Exception {
		someVillages();
		long round = open();
		read(TestUsers.user(Role.VIEWER, COUNTY), round).andExpect(status().isOk());
		read(TestUsers.civilAffairs(COUNTY.substring(0, 4)), round).andExpect(status().isOk());
		read(TestUsers.civilAffairs("610102"), round).andExpect(status().isNotFound());
		read(TestUsers.director("610102001001"), round).andExpect(status().isNotFound());
		read(TestUsers.user(Role.SECURITY_ADMIN, COUNTY), round).andExpect(status().isForbidden());
		read(county, 99_999_999L).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/survey-rounds").with(TestUsers.as(director1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value((int) round))
			.andExpect(jsonPath("$.items[0].regionCode").value(COUNTY));
		mvc.perform(get("/api/v1/survey-rounds").param("regionCode", "610102").with(TestUsers.as(county)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/survey-rounds").param("regionCode", "61x").with(TestUsers.as(county)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/survey-rounds").param("regionCode", COUNTY.substring(0, 4))
				.with(TestUsers.as(TestUsers.civilAffairs(COUNTY.substring(0, 4)))))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) round)));
	}

	@Test
	void confirmingIsTheVillagesDirectorsOnceWhileTheTownshipIsOpen() throws Exception {
		freshTownship();
		long round = open();
		confirm(supervisor, round, village1).andExpect(status().isForbidden());
		confirm(county, round, village1).andExpect(status().isForbidden());
		confirm(director2, round, village1).andExpect(status().isForbidden());
		confirm(TestUsers.director("610102001001"), round, village1).andExpect(status().isNotFound());
		String empty = unused.village(COUNTY);
		confirm(TestUsers.director(empty), round, empty).andExpect(status().isNotFound());
		read(county, round).andExpect(jsonPath("$.confirmed").value(0));

		confirm(director1, round, village1).andExpect(status().isOk());
		confirm(director1, round, village1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本村已由" + director1.displayName() + "确认")));
		confirm(director2, round, village2).andExpect(status().isOk());
		submit(supervisor, round, township).andExpect(status().isOk());
		jdbc.update("update survey_round_village set confirmed_at = null, confirmed_by = null"
				+ " where round_id = ? and village_code = ?", round, village2);
		confirm(director2, round, village2).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本乡镇已提交")));
		close(county, round).andExpect(status().isOk());
		confirm(director2, round, village2).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本轮已关闭")));
	}

	@Test
	void submittingIsTheTownshipsSupervisorsOnceAllVillagesAreConfirmed() throws Exception {
		freshTownship();
		long round = open();
		String otherTownship = unused.township(COUNTY);
		care.child(unused.villages(otherTownship, 1).get(0));
		submit(director1, round, township).andExpect(status().isForbidden());
		submit(county, round, township).andExpect(status().isForbidden());
		submit(TestUsers.supervisor(otherTownship), round, township).andExpect(status().isForbidden());
		submit(TestUsers.supervisor("610102001"), round, township).andExpect(status().isNotFound());
		submit(TestUsers.supervisor(otherTownship), round, otherTownship).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("本轮没有这个乡镇")));
		submit(supervisor, round, township).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("还有 2 个村未确认已核查")))
			.andExpect(jsonPath("$.detail").value(containsString(unused.name(village1))))
			.andExpect(jsonPath("$.detail").value(containsString(unused.name(village2))));

		confirm(director1, round, village1).andExpect(status().isOk());
		confirm(director2, round, village2).andExpect(status().isOk());
		submit(supervisor, round, township).andExpect(status().isOk());
		submit(supervisor, round, township).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不能重复提交")));
		read(county, round).andExpect(jsonPath(township(round, county) + ".submittedBy")
			.value(hasItem(supervisor.displayName())));
	}

	@Test
	void closingIsTheCountysOnceAndTheSnapshotOnlyAfterIt() throws Exception {
		someVillages();
		long round = open();
		mvc.perform(get("/api/v1/survey-rounds/{id}/snapshot", round).with(TestUsers.as(county)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("本轮尚未关闭")));
		close(supervisor, round).andExpect(status().isForbidden());
		close(director1, round).andExpect(status().isForbidden());
		close(TestUsers.civilAffairs("610102"), round).andExpect(status().isNotFound());
		close(TestUsers.civilAffairs(township), round).andExpect(status().isForbidden());

		close(county, round).andExpect(status().isOk())
			.andExpect(jsonPath("$.closedBy").value(county.displayName()))
			.andExpect(jsonPath("$.submittedTownships").value(0));
		close(county, round).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不能重复关闭")));
		mvc.perform(get("/api/v1/survey-rounds/{id}/snapshot", round).with(TestUsers.as(supervisor)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/survey-rounds/{id}/snapshot", round)
				.with(TestUsers.as(TestUsers.user(Role.VIEWER, COUNTY))))
			.andExpect(status().isOk());
		submit(supervisor, round, township).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/survey-rounds").with(TestUsers.as(county)).contentType(MediaType.APPLICATION_JSON)
			.content(body(COUNTY, "下一轮", nextWeek()))).andExpect(status().isCreated());
	}

	@Test
	void lateVillagesAndTownshipsAreItemsOfTheirDirectorAndSupervisorUntilDone() throws Exception {
		freshTownship();
		long round = open();
		mvc.perform(get("/api/v1/tasks").with(TestUsers.as(director1)))
			.andExpect(jsonPath("$[?(@.type == 'SURVEY_VILLAGE_TO_CONFIRM')].villageCode").value(hasItem(village1)))
			.andExpect(jsonPath("$[?(@.type == 'SURVEY_VILLAGE_TO_CONFIRM')].dueOn").value(hasItem(nextWeek().toString())))
			.andExpect(jsonPath("$[?(@.type == 'SURVEY_VILLAGE_TO_CONFIRM')].overdue").value(hasItem(false)));
		clock.setToday(nextWeek().plusDays(1));
		mvc.perform(get("/api/v1/tasks").with(TestUsers.as(director1)))
			.andExpect(jsonPath("$[?(@.type == 'SURVEY_VILLAGE_TO_CONFIRM')].overdue").value(hasItem(true)));
		mvc.perform(get("/api/v1/tasks").with(TestUsers.as(supervisor)))
			.andExpect(jsonPath("$[?(@.type == 'SURVEY_TOWNSHIP_TO_SUBMIT')].overdue").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.type == 'SURVEY_TOWNSHIP_TO_SUBMIT')].note")
				.value(hasItem("0/2 个村已确认，还有 2 个村未确认")));
		mvc.perform(get("/api/v1/survey-rounds/{id}/villages", round).param("townshipCode", township)
				.with(TestUsers.as(supervisor)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].late").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))));
		read(county, round).andExpect(jsonPath("$.late").value(true));

		confirm(director1, round, village1).andExpect(status().isOk());
		mvc.perform(get("/api/v1/tasks").with(TestUsers.as(director1)))
			.andExpect(jsonPath("$[*].type").value(not(hasItem("SURVEY_VILLAGE_TO_CONFIRM"))));
		confirm(director2, round, village2).andExpect(status().isOk());
		mvc.perform(get("/api/v1/tasks").with(TestUsers.as(supervisor)))
			.andExpect(jsonPath("$[?(@.type == 'SURVEY_TOWNSHIP_TO_SUBMIT')].note")
				.value(hasItem("各村都已确认，可以提交本乡镇")));
		submit(supervisor, round, township).andExpect(status().isOk());
		mvc.perform(get("/api/v1/tasks").with(TestUsers.as(supervisor)))
			.andExpect(jsonPath("$[*].type").value(not(hasItem("SURVEY_TOWNSHIP_TO_SUBMIT"))));
	}

	@Test
	void theVillageViewNamesTheDirectorsOfLateVillages() throws Exception {
		freshTownship();
		CurrentUser named = accounts.create("surveydir", Set.of(Role.CHILD_DIRECTOR), village2);
		long round = open();
		confirm(director1, round, village1).andExpect(status().isOk());
		clock.setToday(nextWeek().plusDays(3));
		mvc.perform(get("/api/v1/survey-rounds/{id}/villages", round).param("townshipCode", township)
				.with(TestUsers.as(county)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].villageCode").value(village2))
			.andExpect(jsonPath("$[0].late").value(true))
			.andExpect(jsonPath("$[0].directors[0].displayName").value(named.displayName()))
			.andExpect(jsonPath("$[1].villageCode").value(village1))
			.andExpect(jsonPath("$[1].confirmed").value(true))
			.andExpect(jsonPath("$[1].late").value(false))
			.andExpect(jsonPath("$[1].confirmedBy").value(director1.displayName()));
		mvc.perform(get("/api/v1/survey-rounds/{id}/villages", round).param("townshipCode", "61").with(TestUsers.as(county)))
			.andExpect(status().isBadRequest());
	}
}

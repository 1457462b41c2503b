package org.shouhu.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.SurveyRoundFixtures;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The survey-round pages as a browser gets them: the county opens a round from the list page (and is told what is
 * wrong in the form), the round page shows each township's villages with the director's 确认本村已核查 on their own
 * village only, the supervisor's 提交本乡镇 with the refusal naming the unconfirmed village, the county's 关闭 and the
 * frozen figures after it; the to-do items on the home pages lead to the round.
 */
@PageTest
class SurveyRoundPagesTests {

	static final String COUNTY = SurveyRoundFixtures.PAGES_COUNTY;

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	SurveyRoundFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	final CurrentUser county = TestUsers.civilAffairs(COUNTY);
	String township;
	String village1;
	String village2;
	CurrentUser director1;
	CurrentUser director2;
	CurrentUser supervisor;

	@BeforeEach
	void township() {
		fixtures.closeOpenRound(COUNTY);
		township = unused.township(COUNTY);
		List<String> villages = SurveyRoundFixtures.withFiles(care, unused.villages(township, 2));
		village1 = villages.get(0);
		village2 = villages.get(1);
		director1 = TestUsers.director(village1);
		director2 = TestUsers.director(village2);
		supervisor = TestUsers.supervisor(township);
	}

	@AfterEach
	void closeRound() {
		fixtures.closeOpenRound(COUNTY);
	}

	long openFromThePage() throws Exception {
		String location = mvc.perform(post("/survey-rounds").param("name", "年度摸底排查")
				.param("deadline", SurveyRoundFixtures.nextWeek().toString()).with(TestUsers.as(county)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "已开启摸底排查轮次“年度摸底排查”"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String page(CurrentUser user, long round) throws Exception {
		return mvc.perform(get("/survey-rounds/{id}", round).with(TestUsers.as(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void theCountyOpensARoundFromTheListAndSeesItsVillages() throws Exception {
		mvc.perform(get("/survey-rounds").with(TestUsers.as(county)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开启新一轮")))
			.andExpect(content().string(containsString("有在册儿童的村（社区）列入本轮")));
		long round = openFromThePage();
		String page = page(county, round);
		assertThat(page).contains("年度摸底排查", unused.name(township), unused.name(village1), unused.name(village2),
				"未确认", "关闭本轮", "开启后不再变化")
			.doesNotContain("确认本村已核查</button>", "提交本乡镇</button>");
		mvc.perform(get("/survey-rounds").with(TestUsers.as(county)))
			.andExpect(content().string(containsString("/survey-rounds/" + round)))
			.andExpect(content().string(containsString("进行中")));
	}

	@Test
	void theOpenFormTellsWhatIsWrongAndOpensNothing() throws Exception {
		mvc.perform(post("/survey-rounds").param("name", " ")
				.param("deadline", TestClock.today().minusDays(1).toString()).with(TestUsers.as(county)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写轮次名称")))
			.andExpect(content().string(containsString("截止日期不能早于今天")));
		mvc.perform(post("/survey-rounds").param("name", "摸底").param("deadline", "明天")
				.with(TestUsers.as(county)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请按 年-月-日 填写截止日期")));
		assertThat(jdbc.queryForObject("select count(*) from survey_round where open_county_code = ?", Long.class,
				COUNTY)).isZero();
		mvc.perform(get("/survey-rounds").with(TestUsers.as(director1)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("开启新一轮"))));
	}

	@Test
	void theDirectorConfirmsTheirVillageAndTheSupervisorIsToldWhichVillageIsMissing() throws Exception {
		long round = openFromThePage();
		String page = page(director1, round);
		assertThat(page).contains("/survey-rounds/" + round + "/villages/" + village1 + "/confirm")
			.doesNotContain("/villages/" + village2 + "/confirm", "关闭本轮");

		mvc.perform(post("/survey-rounds/{id}/villages/{v}/confirm", round, village1).with(TestUsers.as(director1))
				.with(csrf()))
			.andExpect(redirectedUrl("/survey-rounds/" + round))
			.andExpect(flash().attribute("flash", "已确认" + unused.name(village1) + "已核查"));
		assertThat(page(county, round)).contains("已确认 · " + director1.displayName());
		mvc.perform(post("/survey-rounds/{id}/villages/{v}/confirm", round, village1).with(TestUsers.as(director1))
				.with(csrf()))
			.andExpect(flash().attribute("alert", containsString("无需重复确认")));

		assertThat(page(supervisor, round)).contains("/townships/" + township + "/submit", "提交本乡镇");
		mvc.perform(post("/survey-rounds/{id}/townships/{t}/submit", round, township).with(TestUsers.as(supervisor))
				.with(csrf()))
			.andExpect(redirectedUrl("/survey-rounds/" + round))
			.andExpect(flash().attribute("alert", containsString("还有 1 个村未确认已核查：" + unused.name(village2))));
		mvc.perform(post("/survey-rounds/{id}/villages/{v}/confirm", round, village1).with(TestUsers.as(director2))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theHomePagesItemsLeadToTheRoundAndLateOnesAreMarked() throws Exception {
		long round = openFromThePage();
		clock.setToday(SurveyRoundFixtures.nextWeek().plusDays(2));
		mvc.perform(get("/").with(TestUsers.as(director1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认本村已核查：年度摸底排查")))
			.andExpect(content().string(containsString("/survey-rounds/open")))
			.andExpect(content().string(containsString("去确认")));
		mvc.perform(get("/").with(TestUsers.as(supervisor)))
			.andExpect(content().string(containsString("提交" + unused.name(township) + "：年度摸底排查")))
			.andExpect(content().string(containsString("去提交")));
		mvc.perform(get("/survey-rounds/open").with(TestUsers.as(director1)))
			.andExpect(redirectedUrl("/survey-rounds/" + round));
		assertThat(page(county, round)).contains("逾期未确认的村（2）", "已过截止日期", "逾期未确认");

		fixtures.closeOpenRound(COUNTY);
		mvc.perform(get("/survey-rounds/open").with(TestUsers.as(director1)))
			.andExpect(redirectedUrl("/survey-rounds"))
			.andExpect(flash().attribute("flash", "本县目前没有进行中的摸底排查轮次"));
	}

	@Test
	void afterClosingThePageShowsTheFrozenFigures() throws Exception {
		long round = openFromThePage();
		mvc.perform(post("/survey-rounds/{id}/close", round).with(TestUsers.as(county)).with(csrf()))
			.andExpect(redirectedUrl("/survey-rounds/" + round))
			.andExpect(flash().attribute("flash", "已关闭本轮，全县统计已冻结为快照"));
		String page = page(county, round);
		assertThat(page).contains("关闭时的统计快照", "在册目标儿童", "留守儿童", unused.name(township), "已关闭")
			.doesNotContain("关闭本轮");
		assertThat(page(supervisor, round)).doesNotContain("关闭时的统计快照", "提交本乡镇</button>");
		mvc.perform(post("/survey-rounds/{id}/close", round).with(TestUsers.as(county)).with(csrf()))
			.andExpect(flash().attribute("alert", containsString("不能重复关闭")));
	}

	@Test
	void aCityOfficerChoosesTheCountyToOpen() throws Exception {
		CurrentUser city = TestUsers.civilAffairs(COUNTY.substring(0, 4));
		mvc.perform(get("/survey-rounds").with(TestUsers.as(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("县（市、区）")))
			.andExpect(content().string(containsString("name=\"regionCode\"")));
		mvc.perform(post("/survey-rounds").param("name", "市级开启").param("deadline", SurveyRoundFixtures.nextWeek().toString())
				.with(TestUsers.as(city)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必填")));
		mvc.perform(post("/survey-rounds").param("regionCode", COUNTY).param("name", "市级开启")
				.param("deadline", SurveyRoundFixtures.nextWeek().toString()).with(TestUsers.as(city)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select name from survey_round where open_county_code = ?", String.class,
				COUNTY)).isEqualTo("市级开启");
	}

	@Test
	void aRoundOfAnotherCountyIsNotFound() throws Exception {
		long round = openFromThePage();
		mvc.perform(get("/survey-rounds/{id}", round).with(TestUsers.as(TestUsers.civilAffairs("610102"))))
			.andExpect(status().isNotFound());
	}
}

package org.shouhu.protection.web;

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

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.protection.InterventionType;
import org.shouhu.protection.Interventions;
import org.shouhu.protection.NewIntervention;
import org.shouhu.protection.Placement;
import org.shouhu.protection.TemporaryGuardianshipBasis;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The interventions on a child's file as a browser gets them: the panel with the active temporary guardianship, the
 * form to record a step (with its field messages), ending a temporary guardianship, the badge 临时监护中 in the
 * children list and the Art 21 warning on the file and in the list.
 */
@PageTest
class InterventionPagesTests {

	/** A township of this class alone (in a county no test owns), taken once. */
	static String township;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	Interventions interventions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnusedRegions unused;

	final LocalDate today = Children.today();
	String village;
	CurrentUser director;
	CurrentUser officer;
	long child;

	@BeforeEach
	void people() {
		if (township == null) {
			township = unused.township();
		}
		village = unused.villages(township, 1).get(0);
		director = accounts.create("ivpdir", Set.of(Role.CHILD_DIRECTOR), village);
		officer = accounts.create("ivpca", Set.of(Role.CIVIL_AFFAIRS), township.substring(0, 6));
		child = care.register(officer, Children.leftBehindWithGrandparents().village(village)
			.name(Children.randomName("韩")).build());
	}

	@Test
	void theFileLoadsTheInterventionsPanel() throws Exception {
		mvc.perform(get("/children/{id}", child).with(accounts.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/children/" + child + "/interventions/panel\"")))
			.andExpect(content().string(not(containsString("临时监护中"))));
		String panel = mvc.perform(get("/children/{id}/interventions/panel", child).header("HX-Request", "true")
				.with(accounts.as(director)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(panel).contains("id=\"interventions-panel\"", "监护干预", "还没有监护干预记录。",
				"/children/" + child + "/interventions/new").doesNotContain("<html");
	}

	@Test
	void aDirectorRecordsAnAdmonitionAndSeesOnlyTheStepsADirectorMayRecord() throws Exception {
		String form = mvc.perform(get("/children/{id}/interventions/new", child).with(accounts.as(director)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("劝诫、制止", "向公安机关报告", "训诫", "责令接受家庭教育指导")
			.doesNotContain("value=\"TEMPORARY_GUARDIANSHIP\"", "临时监护情形");
		mvc.perform(post("/children/{id}/interventions", child).param("type", "ADMONITION")
				.param("startedOn", today.toString()).param("actingUnit", "某村村民委员会").param("note", "劝诫父亲")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(redirectedUrl("/children/" + child))
			.andExpect(flash().attribute("flash", "已记录“劝诫、制止”"));
		mvc.perform(get("/children/{id}/interventions/panel", child).with(accounts.as(director)))
			.andExpect(content().string(containsString("某村村民委员会")))
			.andExpect(content().string(containsString("劝诫父亲")));
	}

	@Test
	void theFormShowsEachProblemNextToItsField() throws Exception {
		mvc.perform(post("/children/{id}/interventions", child).param("type", "TEMPORARY_GUARDIANSHIP")
				.param("startedOn", today.plusDays(1).toString()).param("actingUnit", "").param("note", "")
				.with(accounts.as(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有 5 处需要修改")))
			.andExpect(content().string(containsString("日期：不能晚于今天")))
			.andExpect(content().string(containsString("实施单位：必填")))
			.andExpect(content().string(containsString("临时监护须选择法定情形（未保法第九十二条）")))
			.andExpect(content().string(containsString("临时监护须选择安置方式（未保法第九十三条）")));
		mvc.perform(post("/children/{id}/interventions", child).param("type", "ADMONITION")
				.param("startedOn", "2024-13-45").param("actingUnit", "村委会").param("note", "劝诫")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("取值无效")));
		assertThat(jdbc.queryForObject("select count(*) from protection_intervention where child_id = ?", Long.class,
				child)).isZero();
	}

	@Test
	void aDirectorWhoPostsATemporaryGuardianshipIsRefused() throws Exception {
		mvc.perform(post("/children/{id}/interventions", child).param("type", "TEMPORARY_GUARDIANSHIP")
				.param("startedOn", today.toString()).param("actingUnit", "县民政局").param("note", "安置")
				.param("basis", "GUARDIAN_HARM").param("placement", "KINSHIP")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void civilAffairsTakesTheChildIntoTemporaryGuardianshipMarksTheListAndEndsIt() throws Exception {
		mvc.perform(post("/children/{id}/interventions", child).param("type", "TEMPORARY_GUARDIANSHIP")
				.param("startedOn", today.minusDays(2).toString()).param("actingUnit", "县民政局")
				.param("note", "祖父母住院").param("basis", "GUARDIAN_UNABLE").param("placement", "KINSHIP")
				.param("placementDetail", "姑姑家").with(accounts.as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/children/" + child));
		mvc.perform(get("/children/{id}", child).with(accounts.as(director)))
			.andExpect(content().string(containsString("临时监护中")));
		mvc.perform(get("/children").param("villageCode", village).with(accounts.as(director)))
			.andExpect(content().string(containsString("<span class=\"tag bad\">临时监护中</span>")));
		String panel = mvc.perform(get("/children/{id}/interventions/panel", child).with(accounts.as(officer)))
			.andReturn().getResponse().getContentAsString();
		assertThat(panel).contains("临时监护中", "监护人因自身客观原因或突发事件不能履行监护职责", "委托亲属抚养（姑姑家）",
				"结束临时监护");
		assertThat(mvc.perform(get("/children/{id}/interventions/panel", child).with(accounts.as(director)))
			.andReturn().getResponse().getContentAsString()).doesNotContain("结束临时监护");
		long id = jdbc.queryForObject("select id from protection_intervention where child_id = ?", Long.class, child);

		mvc.perform(get("/children/{id}/interventions/{iid}/end", child, id).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("经评估送回监护人抚养")));
		mvc.perform(post("/children/{id}/interventions/{iid}/end", child, id).param("endedOn",
				today.minusDays(3).toString()).with(accounts.as(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于临时监护开始日期")))
			.andExpect(content().string(containsString("结束方式：必填")));
		mvc.perform(post("/children/{id}/interventions/{iid}/end", child, id).param("endedOn", today.toString())
				.param("outcome", "RETURNED_HOME").param("note", "父亲返乡").with(accounts.as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/children/" + child))
			.andExpect(flash().attribute("flash", "临时监护已结束：经评估送回监护人抚养"));
		mvc.perform(get("/children").param("villageCode", village).with(accounts.as(director)))
			.andExpect(content().string(not(containsString("临时监护中"))));
		mvc.perform(post("/children/{id}/interventions/{iid}/end", child, id).param("endedOn", today.toString())
				.param("outcome", "RETURNED_HOME").with(accounts.as(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能再次结束")));
	}

	@Test
	void aChildLivingAloneShowsTheArt21WarningOnTheFileAndInTheList() throws Exception {
		long alone = care.register(officer, Children.leftBehindWithGrandparents().village(village)
			.name(Children.randomName("独")).livingAlone().build());
		mvc.perform(get("/children/{id}", alone).with(accounts.as(director)))
			.andExpect(content().string(containsString("监护风险警示")))
			.andExpect(content().string(containsString("未保法第二十一条第二款")));
		mvc.perform(get("/children").param("villageCode", village).with(accounts.as(director)))
			.andExpect(content().string(containsString(">未满16周岁独居</span>")));
		mvc.perform(get("/children/{id}", child).with(accounts.as(director)))
			.andExpect(content().string(not(containsString("监护风险警示"))));
	}

	@Test
	void anotherVillagesDirectorCannotOpenThePanelOrTheForms() throws Exception {
		CurrentUser other = accounts.create("ivpoth", Set.of(Role.CHILD_DIRECTOR), unused.villages(township, 2).get(1));
		long id = CareFixtures.as(officer, () -> interventions.record(child, new NewIntervention(
				InterventionType.TEMPORARY_GUARDIANSHIP, today, "县民政局", "安置", TemporaryGuardianshipBasis.GUARDIAN_HARM,
				Placement.WELFARE_INSTITUTION, null))).id();
		mvc.perform(get("/children/{id}/interventions/panel", child).with(accounts.as(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/children/{id}/interventions/new", child).with(accounts.as(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/children/{id}/interventions/{iid}/end", child, id).with(accounts.as(other)))
			.andExpect(status().isNotFound());
	}
}

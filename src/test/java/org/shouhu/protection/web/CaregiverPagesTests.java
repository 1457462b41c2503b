package org.shouhu.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.shouhu.testing.CareFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.CaregiverDisqualification;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildView;
import org.shouhu.protection.CaregiverCaseView;
import org.shouhu.protection.CaregiverCases;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The caregiver pages as a browser gets them: the Art 22 checklist in the file form, the caregiver panel of a file
 * with its notify and close forms (htmx and plain posts), and the to-do items on the director's home page.
 */
@PageTest
class CaregiverPagesTests {


	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ChildManagement children;

	@Autowired
	CaregiverCases cases;

	final LocalDate today = Children.today();
	String village;
	CurrentUser director;

	@BeforeEach
	void director() {
		village = unused.village();
		director = TestUsers.director(village);
	}

	ChildView register(LocalDate signedOn, ChildFile.CaregiverChecklist checklist) {
		return as(director, () -> children.register(Children.leftBehindWithGrandparents().village(village)
			.caregiver(new ChildFile.Caregiver("王老汉", null, "13900000000", CaregiverRelation.PATERNAL_GRANDPARENT,
					"同住", signedOn, checklist))
			.build()));
	}

	CaregiverCaseView openCase(long child) {
		return as(director, () -> cases.casesOf(child)).get(0);
	}

	@Test
	void theFileFormAsksTheArticle22Checklist() throws Exception {
		ChildView child = register(today, new ChildFile.CaregiverChecklist(true, null,
				List.of(CaregiverDisqualification.GAMBLING_ADDICTION)));
		String form = mvc.perform(get("/children/{id}/edit", child.id()).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("被委托人条件核查", "年满十八周岁", "name=\"caregiver.checklistAdult\"",
				"name=\"caregiver.checklistCapable\"", "未核查");
		for (CaregiverDisqualification d : CaregiverDisqualification.values()) {
			assertThat(form).contains(d.label());
		}
		assertThat(form).containsPattern("value=\"GAMBLING_ADDICTION\"[^>]*checked")
			.doesNotContainPattern("value=\"ABUSE\"[^>]*checked")
			.containsPattern("name=\"caregiver.checklistAdult\">\\s*<option value=\"\"[^>]*>未核查</option>\\s*<option value=\"true\" selected");
	}

	@Test
	void aDisqualificationTickedInTheFormIsKeptAndOpensACase() throws Exception {
		LocalDate birth = today.minusYears(8);
		String location = mvc.perform(post("/children").param("name", "吴小林")
				.param("idNumber", IdNumbers.random(birth, org.shouhu.child.Gender.MALE)).param("gender", "MALE")
				.param("birthDate", birth.toString()).param("hukouRegistered", "true").param("hukouType", "RURAL")
				.param("villageCode", village)
				.param("father.situations[0].type", "OUT_MIGRANT").param("father.workplace", "广东省深圳市")
				.param("mother.situations[0].type", "OUT_MIGRANT").param("mother.workplace", "浙江省温州市")
				.param("caregiver.name", "吴老汉").param("caregiver.relation", "PATERNAL_GRANDPARENT")
				.param("caregiver.checklistAdult", "true").param("caregiver.checklistCapable", "true")
				.param("caregiver.disqualifications", "ALCOHOL_ADDICTION").param("_caregiver.disqualifications", "on")
				.with(TestUsers.as(director)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ChildView child = as(director, () -> children.find(id));
		assertThat(child.file().caregiver().checklist().disqualifications())
			.containsExactly(CaregiverDisqualification.ALCOHOL_ADDICTION);
		assertThat(as(director, () -> cases.casesOf(id))).singleElement()
			.satisfies(c -> assertThat(c.open()).isTrue());
		mvc.perform(get("/children/{id}/caregiver/panel", id).with(TestUsers.as(director)))
			.andExpect(content().string(containsString("不符合被委托人条件")))
			.andExpect(content().string(containsString("有酗酒恶习")))
			.andExpect(content().string(containsString("尚未签订《委托监护责任确认书》")));
	}

	@Test
	void aFormWithNothingCheckedKeepsNoChecklist() throws Exception {
		ChildView child = register(today, null);
		assertThat(child.file().caregiver().checklist()).isNull();
		mvc.perform(get("/children/{id}/caregiver/panel", child.id()).with(TestUsers.as(director)))
			.andExpect(content().string(containsString("尚未核查")))
			.andExpect(content().string(containsString("没有处理中的委托照护个案")));
	}

	@Test
	void theFilePageLoadsThePanel() throws Exception {
		ChildView child = register(today, null);
		mvc.perform(get("/children/{id}", child.id()).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/children/" + child.id() + "/caregiver/panel")));
	}

	@Test
	void thePanelRecordsTheParentsWereToldThenClosesTheCase() throws Exception {
		ChildView child = register(today, new ChildFile.CaregiverChecklist(false, true, List.of()));
		CaregiverCaseView c = openCase(child.id());
		mvc.perform(get("/children/{id}/caregiver/panel", child.id()).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("处理中的个案")))
			.andExpect(content().string(containsString("照护人不符合未成年人保护法第二十二条条件")))
			.andExpect(content().string(containsString("未满十八周岁")))
			.andExpect(content().string(containsString("/caregiver/cases/" + c.id() + "/notify")))
			.andExpect(content().string(not(containsString("/caregiver/cases/" + c.id() + "/close"))))
			.andExpect(content().string(containsString("记录告知父母后即可结案")));

		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/notify", child.id(), c.id()).header("HX-Request", "true")
				.param("notifiedOn", "").param("how", "").with(TestUsers.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写告知父母的日期")))
			.andExpect(content().string(containsString("请填写告知父母的方式和内容")));

		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/notify", child.id(), c.id()).header("HX-Request", "true")
				.param("notifiedOn", today.toString()).param("how", "电话告知父亲，请其另行委托照护人")
				.with(TestUsers.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已记录告知父母的情况")))
			.andExpect(content().string(containsString("已于 " + today + " 告知父母：电话告知父亲，请其另行委托照护人")))
			.andExpect(content().string(containsString("/caregiver/cases/" + c.id() + "/close")))
			.andExpect(content().string(containsString("父母返乡照料")));

		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/close", child.id(), c.id()).header("HX-Request", "true")
				.param("outcome", "NEW_CAREGIVER").with(TestUsers.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("与个案开立时相同")));

		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/close", child.id(), c.id()).header("HX-Request", "true")
				.param("outcome", "PARENT_RETURNED").param("note", "母亲已返乡").with(TestUsers.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委托照护个案已结案")))
			.andExpect(content().string(containsString("已结案个案（1）")))
			.andExpect(content().string(containsString("母亲已返乡")))
			.andExpect(content().string(containsString("没有处理中的委托照护个案")));
	}

	@Test
	void aPlainPostGoesBackToTheFileWithTheOutcome() throws Exception {
		ChildView child = register(today, new ChildFile.CaregiverChecklist(true, false, List.of()));
		CaregiverCaseView c = openCase(child.id());
		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/notify", child.id(), c.id())
				.param("notifiedOn", today.toString()).param("how", "上门告知").with(TestUsers.as(director)).with(csrf()))
			.andExpect(redirectedUrl("/children/" + child.id()))
			.andExpect(flash().attribute("flash", "已记录告知父母的情况"));
		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/close", child.id(), c.id())
				.param("outcome", "WHATEVER").with(TestUsers.as(director)).with(csrf()))
			.andExpect(redirectedUrl("/children/" + child.id()))
			.andExpect(flash().attribute("flash", "请从列表中选择结案结果"));
	}

	@Test
	void anotherVillagesDirectorGets404() throws Exception {
		ChildView child = register(today, new ChildFile.CaregiverChecklist(false, true, List.of()));
		CaregiverCaseView c = openCase(child.id());
		CurrentUser other = TestUsers.director(unused.village());
		mvc.perform(get("/children/{id}/caregiver/panel", child.id()).with(TestUsers.as(other)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/notify", child.id(), c.id())
				.param("notifiedOn", today.toString()).param("how", "电话").with(TestUsers.as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		ChildView another = register(today, null);
		mvc.perform(post("/children/{id}/caregiver/cases/{cid}/notify", another.id(), c.id())
				.param("notifiedOn", today.toString()).param("how", "电话").with(TestUsers.as(director)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(openCase(child.id()).parentsNotifiedOn()).isNull();
	}

	@Test
	void theDirectorsHomeShowsTheCaregiverItems() throws Exception {
		ChildView unsigned = register(null, null);
		ChildView failing = register(today, new ChildFile.CaregiverChecklist(true, true,
				List.of(CaregiverDisqualification.VIOLENCE)));
		mvc.perform(get("/").with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("强制报告与保护")))
			.andExpect(content().string(containsString(unsigned.file().name() + "：未签订委托监护责任确认书")))
			.andExpect(content().string(containsString(failing.file().name() + "：委托照护个案待处理")));
	}
}

package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildView;
import org.shouhu.child.Gender;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PageTest
class ChildPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	/** 凤县 河口镇 石鸭子村委会: no other test registers files here. */
	static final String FRESH_VILLAGE = "610330104214";

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	ChildView registered(Children.Builder builder) {
		TestUsers.login(director);
		try {
			return children.register(builder.build());
		}
		finally {
			TestUsers.logout();
		}
	}

	/** A complete form for a left-behind child, as the browser posts it. */
	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String idNumber,
			LocalDate birthDate) {
		return request.param("name", name)
				.param("idNumber", idNumber)
				.param("gender", "MALE")
				.param("birthDate", birthDate.toString())
				.param("ethnicity", "汉族")
				.param("hukouRegistered", "true")
				.param("hukouType", "RURAL")
				.param("villageCode", TestVillages.A)
				.param("health.status", "HEALTHY")
				.param("health.disabilityGrade", "")
				.param("schooling.status", "PRIMARY")
				.param("_schooling.boarding", "on")
				.param("father.name", "王大")
				.param("father.phone", "13800000000")
				.param("father.situations[0].type", "OUT_MIGRANT")
				.param("father.situations[0].since", "2023-02-01")
				.param("father.situations[0].until", "")
				.param("mother.name", "李二")
				.param("mother.situations[0].type", "OUT_MIGRANT")
				.param("caregiver.name", "王老汉")
				.param("caregiver.relation", "PATERNAL_GRANDPARENT")
				.param("guardianship", "FAIR")
				.param("familyIncome", "WAGES", "FARMING")
				.param("_familyIncome", "on")
				.param("_familyAssistance", "on")
				.param("_livingAlone", "on");
	}

	@Test
	void listShowsMaskedIdNumbersAndCategoryTags() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		ChildView view = registered(child);
		String masked = child.idNumber().substring(0, 6) + "********" + child.idNumber().substring(14);
		mvc.perform(get("/children").param("q", view.file().name()).with(TestUsers.as(director)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(view.file().name())))
				.andExpect(content().string(containsString(masked)))
				.andExpect(content().string(containsString("农村留守儿童")))
				.andExpect(content().string(not(containsString(child.idNumber()))));
	}

	@Test
	void listShowsHowManyFilesMatch() throws Exception {
		CurrentUser villageDirector = TestUsers.director(FRESH_VILLAGE);
		TestUsers.login(villageDirector);
		String name = Children.randomName("司马");
		children.register(Children.leftBehindWithGrandparents().name(name).village(FRESH_VILLAGE).build());
		children.register(Children.leftBehindWithGrandparents().name(name).village(FRESH_VILLAGE).build());
		long total = children.list(new ChildQuery(null, null, null, ChildStatus.ACTIVE, name), 0, 20).total();
		TestUsers.logout();
		assertThat(total).isGreaterThanOrEqualTo(2);
		mvc.perform(get("/children").param("q", name).with(TestUsers.as(villageDirector)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("共 " + total + " 条")));
	}

	@Test
	void listFiltersKeepTheirValues() throws Exception {
		mvc.perform(get("/children").param("q", "wxm").param("category", "ORPHAN").param("regionCode", TestVillages.TOWNSHIP)
				.with(TestUsers.as(TestUsers.civilAffairs(TestVillages.COUNTY))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"wxm\"")))
				.andExpect(content().string(containsString("<option value=\"ORPHAN\" selected=\"selected\">")))
				.andExpect(content().string(containsString("<input type=\"hidden\" name=\"regionCode\" value=\"610330101\">")))
				.andExpect(content().string(containsString("<option value=\"610330101\" selected=\"selected\">")));
	}

	@Test
	void aVillageDirectorsFormHasTheVillageChosenAndFixed() throws Exception {
		mvc.perform(get("/children/new").with(TestUsers.as(director)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<input type=\"hidden\" name=\"villageCode\" value=\"" + TestVillages.A + "\">")))
				.andExpect(content().string(containsString("class=\"region-fixed\"")));
	}

	@Test
	void aTownshipVillageLeftUnchosenIsReportedNextToTheVillagePicker() throws Exception {
		LocalDate birth = LocalDate.of(2015, 3, 1);
		mvc.perform(form(post("/children"), "赵小燕", IdNumbers.random(birth, Gender.MALE), birth)
				.param("villageCode", TestVillages.TOWNSHIP)
				.with(TestUsers.as(TestUsers.supervisor(TestVillages.TOWNSHIP))).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"villageCode-error\"")))
				.andExpect(content().string(containsString("<a href=\"#villageCode\">")));
	}

	@Test
	void createFormShowsInlineErrorForBadIdNumberAndKeepsTheName() throws Exception {
		String bad = IdNumbers.withWrongCheck(IdNumbers.random(LocalDate.of(2015, 3, 1), Gender.MALE));
		mvc.perform(form(post("/children"), "赵小燕", bad, LocalDate.of(2015, 3, 1)).with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("身份证号码有误")))
				.andExpect(content().string(containsString("<div class=\"error-text\" id=\"idNumber-error\">")))
				.andExpect(content().string(containsString("aria-describedby=\"idNumber-error\"")))
				.andExpect(content().string(containsString("value=\"赵小燕\"")))
				.andExpect(content().string(containsString("value=\"" + bad + "\"")));
	}

	@Test
	void situationErrorsAppearAtTheirRow() throws Exception {
		LocalDate birth = LocalDate.of(2015, 3, 1);
		mvc.perform(form(post("/children"), "赵小燕", IdNumbers.random(birth, Gender.MALE), birth)
				.param("father.situations[6].type", "IMPRISONED")
				.param("father.situations[6].since", "2024-05-01")
				.param("father.situations[6].until", "2024-01-01")
				.with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("结束日期不能早于开始日期")))
				.andExpect(content().string(containsString("value=\"2024-05-01\"")));
	}

	@Test
	void createRedirectsToTheFileShowingCategoryAndBasis() throws Exception {
		LocalDate birth = Children.today().minusYears(8);
		String id = IdNumbers.random(birth, Gender.MALE);
		String location = mvc.perform(form(post("/children"), "钱小宝", id, birth).with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/children/*"))
				.andExpect(flash().attributeExists("flash"))
				.andReturn().getResponse().getRedirectedUrl();
		String page = mvc.perform(get(location).with(TestUsers.as(director)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("钱小宝", "类别与认定依据", "农村留守儿童", "国发〔2016〕13号", id, "变更记录", "基本信息",
				"委托照护人", "监护与家庭");
	}

	@Test
	void editFormIsPrefilledAndSavesChanges() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		ChildView view = registered(child);
		mvc.perform(get("/children/{id}/edit", view.id()).with(TestUsers.as(director)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + view.file().name() + "\"")))
				.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(form(post("/children/{id}", view.id()), "孙改名", child.idNumber(), view.file().birthDate())
				.param("version", "0").with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/children/{id}", view.id()).with(TestUsers.as(director)))
				.andExpect(content().string(containsString("孙改名")));
	}

	@Test
	void staleEditShowsTheMessageAndKeepsTheInput() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		ChildView view = registered(child);
		TestUsers.login(director);
		children.update(view.id(), child.remarks("他人修改").version(0).build());
		TestUsers.logout();
		mvc.perform(form(post("/children/{id}", view.id()), "周我的修改", child.idNumber(), view.file().birthDate())
				.param("version", "0").with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("该档案已被他人修改，您的修改未保存")))
				.andExpect(content().string(containsString("value=\"周我的修改\"")));
	}

	@Test
	void exitFormExitsTheChild() throws Exception {
		ChildView view = registered(Children.leftBehindWithGrandparents());
		mvc.perform(get("/children/{id}/exit", view.id()).with(TestUsers.as(director)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("父母返乡")));
		mvc.perform(post("/children/{id}/exit", view.id()).param("reason", "").param("date", "")
				.with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk()).andExpect(content().string(containsString("必填")));
		mvc.perform(post("/children/{id}/exit", view.id()).param("reason", "PARENTS_RETURNED")
				.param("date", Children.today().toString()).param("note", "父母返乡务农")
				.with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/children/{id}", view.id()).with(TestUsers.as(director)))
				.andExpect(content().string(containsString("已减员")))
				.andExpect(content().string(containsString("父母返乡务农")));
	}

	@Test
	void fileOutsideTheJurisdictionIsNotFound() throws Exception {
		ChildView view = registered(Children.leftBehindWithGrandparents());
		CurrentUser other = TestUsers.director(TestVillages.B);
		mvc.perform(get("/children/{id}", view.id()).with(TestUsers.as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/children/{id}/edit", view.id()).with(TestUsers.as(other))).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_ADMIN", "SYSTEM_ADMIN", "AUDIT_ADMIN", "VIEWER", "DEPARTMENT" })
	void otherRolesAreForbidden(Role role) throws Exception {
		CurrentUser user = TestUsers.user(role, "CN");
		mvc.perform(get("/children").with(TestUsers.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/children/new").with(TestUsers.as(user))).andExpect(status().isForbidden());
		mvc.perform(form(post("/children"), "某某", IdNumbers.random(LocalDate.of(2015, 3, 1), Gender.MALE),
				LocalDate.of(2015, 3, 1)).with(TestUsers.as(user)).with(csrf())).andExpect(status().isForbidden());
	}
}

package org.shouhu.transfer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildFile;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The transfer pages: the refused registration offers 申请转入 by POST (the ID number never in an address), the form
 * it opens, the request's page, the decider's to-do item and buttons, the lists of both sides, and 申请转出 on the
 * file.
 */
@PageTest
class TransferPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnusedRegions unused;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	String fromVillage;
	String toVillage;
	CurrentUser fromDirector;
	CurrentUser fromSupervisor;
	CurrentUser toDirector;
	ChildFile file;
	long childId;

	@BeforeEach
	void files() {
		fromVillage = unused.village();
		toVillage = unused.village();
		fromDirector = TestUsers.director(fromVillage);
		fromSupervisor = TestUsers.supervisor(fromVillage.substring(0, 9));
		toDirector = TestUsers.director(toVillage);
		file = Children.leftBehindWithGrandparents().village(fromVillage).build();
		childId = care.register(fromDirector, file);
	}

	@Test
	void aRefusedRegistrationOffersTheTransferByPostAndTheFormComesPrefilled() throws Exception {
		String refused = mvc.perform(post("/children").with(TestUsers.as(toDirector)).with(csrf())
				.param("name", "重名").param("idNumber", file.idNumber()).param("gender", "MALE")
				.param("birthDate", file.birthDate().toString()).param("hukouRegistered", "true")
				.param("villageCode", toVillage))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("已在" + unused.fullName(fromVillage.substring(0, 9)))
			.contains("申请转入").contains("action=\"/transfers/new\"")
			.contains("name=\"idNumber\" value=\"" + file.idNumber() + "\"")
			.doesNotContain("/transfers/new?idNumber").doesNotContain(file.name());
		String form = mvc.perform(post("/transfers/new").with(TestUsers.as(toDirector)).with(csrf())
				.param("idNumber", file.idNumber()).param("villageCode", toVillage))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("申请转入档案").contains(file.idNumber().substring(0, 6) + "********")
			.contains("value=\"" + toVillage + "\"").doesNotContain(file.name());

		String location = mvc.perform(post("/transfers").with(TestUsers.as(toDirector)).with(csrf())
				.param("idNumber", file.idNumber()).param("toVillageCode", toVillage).param("reason", "随父母迁居"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/transfers/*"))
			.andReturn().getResponse().getRedirectedUrl();
		String shown = mvc.perform(get(location).with(TestUsers.as(toDirector))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("待处理").contains("随父母迁居").contains(unused.fullName(fromVillage.substring(0, 9)))
			.doesNotContain(file.name()).doesNotContain("同意转移");
	}

	@Test
	void aRequestWithoutReasonShowsTheProblemAndSavesNothing() throws Exception {
		String page = mvc.perform(post("/transfers").with(TestUsers.as(toDirector)).with(csrf())
				.param("idNumber", file.idNumber()).param("toVillageCode", toVillage).param("reason", ""))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"reason-error\"").contains("<a href=\"#reason\">");
		assertThat(jdbc.queryForObject("select count(*) from child_transfer where child_id = ?", Long.class, childId))
			.isZero();
	}

	@Test
	void theDeciderFindsTheRequestOnTheHomePageAndAcceptsIt() throws Exception {
		String location = mvc.perform(post("/transfers").with(TestUsers.as(toDirector)).with(csrf())
				.param("idNumber", file.idNumber()).param("toVillageCode", toVillage).param("reason", "随父母迁居"))
			.andReturn().getResponse().getRedirectedUrl();
		String home = mvc.perform(get("/").with(TestUsers.as(fromSupervisor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(home).contains("档案转出待处理：" + file.name()).contains("查看并处理").contains("href=\"" + location + "\"");
		String list = mvc.perform(get("/transfers").param("direction", "outgoing").with(TestUsers.as(fromSupervisor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(file.name()).contains("查看并处理");
		String page = mvc.perform(get(location).with(TestUsers.as(fromSupervisor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("同意转移").contains("拒绝").contains(file.name());
		mvc.perform(post(location + "/accept").with(TestUsers.as(fromSupervisor)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(post(location + "/accept").with(TestUsers.as(fromSupervisor)).with(csrf()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString()).contains("已处理");
		mvc.perform(get("/children/{id}", childId).with(TestUsers.as(fromDirector))).andExpect(status().isNotFound());
		String moved = mvc.perform(get("/children/{id}", childId).with(TestUsers.as(toDirector)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(moved).contains(file.name()).contains("档案转移").contains("迁出：" + unused.fullName(fromVillage))
			.contains("迁入：" + unused.fullName(toVillage));
		String incoming = mvc.perform(get("/transfers").with(TestUsers.as(toDirector))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(incoming).contains("已同意").contains(file.name());
	}

	@Test
	void theFileOffersTransferOutToAVillageAnywhereInTheCountry() throws Exception {
		String page = mvc.perform(get("/children/{id}", childId).with(TestUsers.as(fromDirector)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("申请转出").contains("/transfers/new?childId=" + childId);
		String form = mvc.perform(get("/transfers/new").param("childId", String.valueOf(childId))
				.with(TestUsers.as(fromDirector))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("申请转出档案：" + file.name()).contains("name=\"childId\"")
			.contains("<input type=\"hidden\" name=\"toVillageCode\" value=\"CN\">")
			.contains("id=\"region-toVillageCode-province\"").contains(">广东省</option>");
		mvc.perform(get("/transfers/new").param("childId", String.valueOf(childId)).with(TestUsers.as(toDirector)))
			.andExpect(status().isNotFound());
	}
}

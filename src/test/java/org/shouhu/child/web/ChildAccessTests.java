package org.shouhu.child.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildFile;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import com.jayway.jsonpath.JsonPath;

/** Who sees which files: jurisdiction scoping (out of scope = 404, absent from lists) and roles (403). */
@IntegrationTest
class ChildAccessTests {

	@Autowired
	MockMvc mvc;

	int inA;
	int inB;
	int otherTownship;
	int taibai;
	int shenzhen;

	@BeforeEach
	void files() throws Exception {
		CurrentUser country = TestUsers.civilAffairs("CN");
		inA = register(country, Children.leftBehindWithGrandparents().village(TestVillages.A).build());
		inB = register(country, Children.leftBehindWithGrandparents().village(TestVillages.B).build());
		otherTownship = register(country, Children.leftBehindWithGrandparents().village(TestVillages.OTHER_TOWNSHIP).build());
		taibai = register(country, Children.leftBehindWithGrandparents().village(TestVillages.TAIBAI).build());
		shenzhen = register(country, Children.leftBehindWithGrandparents().village(TestVillages.SHENZHEN).build());
	}

	int register(CurrentUser user, ChildFile file) throws Exception {
		String body = mvc.perform(post("/api/v1/children").with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(ChildApiTests.JSON.writeValueAsString(file)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	void sees(CurrentUser user, int id) throws Exception {
		mvc.perform(get("/api/v1/children/{id}", id).with(TestUsers.as(user))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/children/{id}/history", id).with(TestUsers.as(user))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/children?size=200").with(TestUsers.as(user)))
				.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
	}

	void doesNotSee(CurrentUser user, int id) throws Exception {
		ResultMatcher notFound = status().isNotFound();
		mvc.perform(get("/api/v1/children/{id}", id).with(TestUsers.as(user))).andExpect(notFound);
		mvc.perform(get("/api/v1/children/{id}/history", id).with(TestUsers.as(user))).andExpect(notFound);
		mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(ChildApiTests.JSON.writeValueAsString(Children.leftBehindWithGrandparents().version(0).build())))
				.andExpect(notFound);
		mvc.perform(post("/api/v1/children/{id}/exit", id).with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OTHER\",\"date\":\"2024-01-01\"}"))
				.andExpect(notFound);
		mvc.perform(get("/api/v1/children?size=200").with(TestUsers.as(user)))
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
	}

	@Test
	void directorSeesOnlyTheirVillage() throws Exception {
		CurrentUser director = TestUsers.director(TestVillages.A);
		sees(director, inA);
		doesNotSee(director, inB);
		doesNotSee(director, otherTownship);
		doesNotSee(director, shenzhen);
	}

	@Test
	void unknownFileIsNotFoundLikeOneOutsideTheJurisdiction() throws Exception {
		mvc.perform(get("/api/v1/children/{id}", 987654321).with(TestUsers.as(TestUsers.director(TestVillages.A))))
				.andExpect(status().isNotFound());
	}

	@Test
	void supervisorSeesTheTownshipButNotAnother() throws Exception {
		CurrentUser supervisor = TestUsers.supervisor(TestVillages.TOWNSHIP);
		sees(supervisor, inA);
		sees(supervisor, inB);
		doesNotSee(supervisor, otherTownship);
		doesNotSee(supervisor, taibai);
	}

	@Test
	void civilAffairsSeesTheCountyButNotTheNextCounty() throws Exception {
		CurrentUser civilAffairs = TestUsers.civilAffairs(TestVillages.COUNTY);
		sees(civilAffairs, inA);
		sees(civilAffairs, otherTownship);
		doesNotSee(civilAffairs, taibai);
		doesNotSee(civilAffairs, shenzhen);
	}

	@Test
	void cityCivilAffairsSeesBothCountiesButNotShenzhen() throws Exception {
		CurrentUser city = TestUsers.civilAffairs("6103");
		sees(city, inA);
		sees(city, taibai);
		doesNotSee(city, shenzhen);
	}

	@Test
	void countryJurisdictionSeesEverything() throws Exception {
		CurrentUser country = TestUsers.civilAffairs("CN");
		sees(country, inA);
		sees(country, taibai);
		sees(country, shenzhen);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SECURITY_ADMIN", "SYSTEM_ADMIN", "AUDIT_ADMIN", "VIEWER", "DEPARTMENT" })
	void rolesWithoutChildFilesAreForbidden(Role role) throws Exception {
		CurrentUser user = TestUsers.user(role, "CN");
		mvc.perform(get("/api/v1/children/{id}", inA).with(TestUsers.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children").with(TestUsers.as(user))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children/{id}/history", inA).with(TestUsers.as(user))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/children").with(TestUsers.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(ChildApiTests.JSON.writeValueAsString(Children.leftBehindWithGrandparents().build())))
				.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/children/{id}", inA).with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(ChildApiTests.JSON.writeValueAsString(Children.leftBehindWithGrandparents().version(0).build())))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/children/{id}/exit", inA).with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OTHER\",\"date\":\"2024-01-01\"}"))
				.andExpect(status().isForbidden());
	}

	@Test
	void anonymousCallsAreRefused() throws Exception {
		int status = mvc.perform(get("/api/v1/children/{id}", inA)).andReturn().getResponse().getStatus();
		org.assertj.core.api.Assertions.assertThat(status).isIn(401, 403, 302);
	}
}

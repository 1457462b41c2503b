package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildFile;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class ChildListApiTests {

	@Autowired
	MockMvc mvc;

	final CurrentUser director = TestUsers.director(TestVillages.A);
	final CurrentUser civilAffairs = TestUsers.civilAffairs(TestVillages.COUNTY);

	/** 凤县 河口镇 沙坝村委会: no other test registers files here. */
	static final String FRESH_VILLAGE = "610330104212";

	int register(CurrentUser user, ChildFile file) throws Exception {
		String body = mvc.perform(post("/api/v1/children").with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(ChildApiTests.JSON.writeValueAsString(file)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	ResultActions list(CurrentUser user, String query) throws Exception {
		return mvc.perform(get("/api/v1/children?size=200&" + query).with(TestUsers.as(user)));
	}

	@Test
	void listsSummariesWithMaskedIdNumbers() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		int id = register(director, child.build());
		String id18 = child.idNumber();
		String masked = id18.substring(0, 6) + "********" + id18.substring(14);
		list(director, "page=0").andExpect(status().isOk())
				.andExpect(jsonPath("$.page").value(0))
				.andExpect(jsonPath("$.size").value(200))
				.andExpect(jsonPath("$.hasNext").isBoolean())
				.andExpect(jsonPath("$.items[?(@.id == " + id + ")].idNumber").value(hasItem(masked)))
				.andExpect(jsonPath("$.items[?(@.id == " + id + ")].gender").value(hasItem("MALE")))
				.andExpect(jsonPath("$.items[?(@.id == " + id + ")].age").value(hasItem(9)))
				.andExpect(jsonPath("$.items[?(@.id == " + id + ")].villageCode").value(hasItem(TestVillages.A)))
				.andExpect(jsonPath("$.items[?(@.id == " + id + ")].status").value(hasItem("ACTIVE")))
				.andExpect(jsonPath("$.items[?(@.id == " + id + ")].categories[0]").value(hasItem("LEFT_BEHIND")))
				.andExpect(jsonPath("$.items[*].idNumber").value(not(hasItem(id18))));
	}

	@Test
	void pagesWithHasNext() throws Exception {
		register(director, Children.leftBehindWithGrandparents().build());
		register(director, Children.leftBehindWithGrandparents().build());
		mvc.perform(get("/api/v1/children?page=0&size=1").with(TestUsers.as(director)))
				.andExpect(jsonPath("$.items.length()").value(1))
				.andExpect(jsonPath("$.hasNext").value(true));
	}

	@Test
	void refusesPageSizeAbove200() throws Exception {
		mvc.perform(get("/api/v1/children?size=201").with(TestUsers.as(director)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void findsByNameSubstringPinyinInitialsAndFullPinyin() throws Exception {
		int id = register(director, Children.leftBehindWithGrandparents().name("王小明").build());
		list(director, "q=小明").andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		list(director, "q=wxm").andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		list(director, "q=WXM").andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		list(director, "q=wangxiaoming").andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		list(director, "q=wangxiao").andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		list(director, "q=lxm").andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
	}

	@Test
	void findsPolyphonicSurnamesByTheirSurnameReading() throws Exception {
		int id = register(director, Children.leftBehindWithGrandparents().name("单小明").build());
		list(director, "q=shanxiaoming").andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		list(director, "q=sxm").andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
	}

	@Test
	void findsByFullIdNumberExactly() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		int id = register(director, child.build());
		register(director, Children.leftBehindWithGrandparents().build());
		list(director, "q=" + child.idNumber()).andExpect(jsonPath("$.items.length()").value(1))
				.andExpect(jsonPath("$.items[0].id").value(id));
		list(director, "q=" + child.idNumber().toLowerCase()).andExpect(jsonPath("$.items[0].id").value(id));
	}

	@Test
	void filtersByCategoryAndStatus() throws Exception {
		int leftBehind = register(director, Children.leftBehindWithGrandparents().build());
		int orphan = register(director, Children.orphan().build());
		list(director, "category=ORPHAN").andExpect(jsonPath("$.items[*].id").value(hasItem(orphan)))
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem(leftBehind))))
				.andExpect(jsonPath("$.items[*].categories").value(everyItem(hasItem("ORPHAN"))));
		mvc.perform(post("/api/v1/children/{id}/exit", orphan).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"ADOPTED\",\"date\":\"" + Children.today() + "\"}"))
				.andExpect(status().isOk());
		list(director, "status=ACTIVE").andExpect(jsonPath("$.items[*].id").value(not(hasItem(orphan))))
				.andExpect(jsonPath("$.items[*].id").value(hasItem(leftBehind)));
		list(director, "status=EXITED").andExpect(jsonPath("$.items[*].id").value(hasItem(orphan)));
	}

	@Test
	void filtersByRegionAndVillage() throws Exception {
		int inA = register(civilAffairs, Children.leftBehindWithGrandparents().village(TestVillages.A).build());
		int inB = register(civilAffairs, Children.leftBehindWithGrandparents().village(TestVillages.B).build());
		int otherTownship = register(civilAffairs,
				Children.leftBehindWithGrandparents().village(TestVillages.OTHER_TOWNSHIP).build());
		list(civilAffairs, "villageCode=" + TestVillages.B).andExpect(jsonPath("$.items[*].id").value(hasItem(inB)))
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem(inA))));
		list(civilAffairs, "regionCode=" + TestVillages.TOWNSHIP).andExpect(jsonPath("$.items[*].id").value(hasItem(inA)))
				.andExpect(jsonPath("$.items[*].id").value(hasItem(inB)))
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem(otherTownship))));
		list(civilAffairs, "regionCode=abc").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
		list(civilAffairs, "category=NOPE").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	void regionFiltersNeverWidenTheJurisdiction() throws Exception {
		int inA = register(civilAffairs, Children.leftBehindWithGrandparents().village(TestVillages.A).build());
		int inB = register(civilAffairs, Children.leftBehindWithGrandparents().village(TestVillages.B).build());
		CurrentUser directorOfA = TestUsers.director(TestVillages.A);
		list(directorOfA, "regionCode=61").andExpect(jsonPath("$.items[*].id").value(hasItem(inA)))
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem(inB))));
		list(directorOfA, "regionCode=" + TestVillages.COUNTY + "&villageCode=" + TestVillages.A)
				.andExpect(jsonPath("$.items[*].id").value(hasItem(inA)));
		list(directorOfA, "villageCode=" + TestVillages.B).andExpect(jsonPath("$.items.length()").value(0))
				.andExpect(jsonPath("$.total").value(0));
		list(directorOfA, "regionCode=" + TestVillages.TAIBAI.substring(0, 6)).andExpect(jsonPath("$.total").value(0));
		list(civilAffairs, "regionCode=" + TestVillages.TOWNSHIP + "&villageCode=" + TestVillages.OTHER_TOWNSHIP)
				.andExpect(jsonPath("$.total").value(0));
		list(civilAffairs, "regionCode=" + TestVillages.TAIBAI).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void listsNewestFirst() throws Exception {
		int first = register(director, Children.leftBehindWithGrandparents().build());
		int second = register(director, Children.leftBehindWithGrandparents().build());
		String body = list(director, "").andReturn().getResponse().getContentAsString();
		java.util.List<Integer> ids = JsonPath.read(body, "$.items[*].id");
		org.assertj.core.api.Assertions.assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
	}

	@Test
	void countsAllMatchingFilesNotJustThePage() throws Exception {
		CurrentUser director = TestUsers.director(FRESH_VILLAGE);
		String name = Children.randomName("欧阳");
		String surname = name.substring(0, 2);
		long all = total(list(director, ""));
		long named = total(list(director, "q=" + name));
		long bySurname = total(list(director, "q=" + surname));
		long orphansNamed = total(list(director, "q=" + name + "&category=ORPHAN"));
		int leftBehind = register(director, Children.leftBehindWithGrandparents().name(name).village(FRESH_VILLAGE).build());
		register(director, Children.leftBehindWithGrandparents().village(FRESH_VILLAGE).build());
		int orphan = register(director, Children.orphan().name(name).village(FRESH_VILLAGE).build());
		mvc.perform(get("/api/v1/children?page=0&size=1").with(TestUsers.as(director)))
				.andExpect(jsonPath("$.items.length()").value(1))
				.andExpect(jsonPath("$.hasNext").value(true))
				.andExpect(jsonPath("$.total").value(all + 3))
				.andExpect(jsonPath("$.totalCapped").value(false));
		String page = list(director, "").andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(page, "$.total")).longValue())
				.isEqualTo(JsonPath.<java.util.List<?>>read(page, "$.items").size());
		list(director, "q=" + name).andExpect(jsonPath("$.total").value(named + 2))
				.andExpect(jsonPath("$.items[*].id").value(hasItem(leftBehind)))
				.andExpect(jsonPath("$.items[*].id").value(hasItem(orphan)));
		list(director, "q=" + surname).andExpect(jsonPath("$.total").value(bySurname + 2));
		list(director, "q=" + name + "&category=ORPHAN").andExpect(jsonPath("$.total").value(orphansNamed + 1));
		long exited = total(list(director, "q=" + name + "&status=EXITED"));
		mvc.perform(post("/api/v1/children/{id}/exit", orphan).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"ADOPTED\",\"date\":\"" + Children.today() + "\"}"))
				.andExpect(status().isOk());
		list(director, "q=" + name + "&status=EXITED").andExpect(jsonPath("$.total").value(exited + 1));
		list(TestUsers.director(TestVillages.A), "q=" + name).andExpect(jsonPath("$.total").value(0))
				.andExpect(jsonPath("$.items.length()").value(0));
	}

	long total(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.total")).longValue();
	}
}

package org.shouhu.region.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Regions": region names are public, so any caller gets them (authenticated here as a plain user). */
@IntegrationTest
class RegionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Regions regions;

	@Test
	void answersARegionWithItsLevelAndParent() throws Exception {
		call("/api/v1/regions/610330101")
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.code").value("610330101"))
				.andExpect(jsonPath("$.name").value("凤州镇"))
				.andExpect(jsonPath("$.level").value("TOWNSHIP"))
				.andExpect(jsonPath("$.parentCode").value("610330"));
	}

	@Test
	void answersEveryLevelByTheLengthOfTheCode() throws Exception {
		call("/api/v1/regions/61").andExpect(jsonPath("$.level").value("PROVINCE"))
				.andExpect(jsonPath("$.name").value("陕西省")).andExpect(jsonPath("$.parentCode").value(nullValue()));
		call("/api/v1/regions/6103").andExpect(jsonPath("$.level").value("CITY")).andExpect(jsonPath("$.parentCode").value("61"));
		call("/api/v1/regions/610330").andExpect(jsonPath("$.level").value("COUNTY")).andExpect(jsonPath("$.name").value("凤县"));
		String village = regions.children("610330101").get(0).getCode();
		call("/api/v1/regions/" + village).andExpect(jsonPath("$.level").value("VILLAGE"))
				.andExpect(jsonPath("$.parentCode").value("610330101"));
	}

	@Test
	void answersTheCountryForCN() throws Exception {
		call("/api/v1/regions/CN")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.code").value("CN"))
				.andExpect(jsonPath("$.name").value("全国"))
				.andExpect(jsonPath("$.level").value("COUNTRY"))
				.andExpect(jsonPath("$", hasKey("parentCode")))
				.andExpect(jsonPath("$.parentCode").value(nullValue()));
	}

	@Test
	void listsChildrenOrderedByCode() throws Exception {
		String body = call("/api/v1/regions/610330/children")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].level", everyItem(org.hamcrest.Matchers.is("TOWNSHIP"))))
				.andExpect(jsonPath("$[*].parentCode", everyItem(org.hamcrest.Matchers.is("610330"))))
				.andExpect(jsonPath("$[*].code", everyItem(startsWith("610330"))))
				.andExpect(jsonPath("$[*].name", hasItems("凤州镇")))
				.andReturn().getResponse().getContentAsString();
		List<String> codes = JsonPath.read(body, "$[*].code");
		assertThat(codes).hasSizeGreaterThan(1).isSorted()
				.containsExactlyElementsOf(regions.children("610330").stream().map(Region::getCode).toList());
	}

	@Test
	void listsTheProvincesAsChildrenOfCN() throws Exception {
		String body = call("/api/v1/regions/CN/children")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].level", everyItem(org.hamcrest.Matchers.is("PROVINCE"))))
				.andReturn().getResponse().getContentAsString();
		List<String> codes = JsonPath.read(body, "$[*].code");
		assertThat(codes).contains("44", "61").isSorted();
	}

	@Test
	void listsNoChildrenBelowAVillage() throws Exception {
		String village = regions.children("610330101").get(0).getCode();
		call("/api/v1/regions/" + village + "/children").andExpect(status().isOk()).andExpect(content().json("[]"));
	}

	@Test
	void tellsBrowsersToCacheRegionsForADay() throws Exception {
		call("/api/v1/regions/6103").andExpect(header().string("Cache-Control", "max-age=86400, public"));
		call("/api/v1/regions/6103/children").andExpect(header().string("Cache-Control", "max-age=86400, public"));
	}

	@Test
	void answersNotFoundForAnUnknownCode() throws Exception {
		notFound("/api/v1/regions/110101");
		notFound("/api/v1/regions/610399999");
		notFound("/api/v1/regions/110101/children");
	}

	@Test
	void answersNotFoundForAMalformedCode() throws Exception {
		notFound("/api/v1/regions/abc");
		notFound("/api/v1/regions/6103301");
		notFound("/api/v1/regions/cn");
		notFound("/api/v1/regions/61033010100199");
		notFound("/api/v1/regions/abc/children");
	}

	private void notFound(String path) throws Exception {
		call(path)
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.title").value("未找到"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("没有区划代码")));
	}

	private ResultActions call(String path) throws Exception {
		return mvc.perform(get(path).with(user("x")).accept(MediaType.APPLICATION_JSON));
	}
}

package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8 item 8: a JSON body over {@code shouhu.limits.json-body} (1 MB) is refused with 413 before it is read, a
 * list in a body is bounded, and a 400 lists at most 20 field problems with their total in {@code errorCount}.
 */
@IntegrationTest
class RequestLimitsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	@Test
	void aTenMegabyteJsonBodyIsRefusedWith413AndAShortChineseProblem() throws Exception {
		long before = children();
		Map<String, Object> file = validFile();
		file.put("remarks", "备".repeat(3_500_000));
		byte[] body = JSON.writeValueAsBytes(file);
		assertThat(body.length).isGreaterThan(10_000_000);

		MvcResult result = mvc.perform(post("/api/v1/children").with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isPayloadTooLarge())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(413))
				.andExpect(jsonPath("$.title").value("请求内容过大"))
				.andExpect(jsonPath("$.detail").value("请求内容超过了 1024 KB 的上限，系统未做任何修改"))
				.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).hasSizeLessThan(500);
		assertThat(children()).isEqualTo(before);
	}

	@Test
	void aBodyJustUnderTheLimitIsReadAsUsual() throws Exception {
		Map<String, Object> file = validFile();
		file.put("remarks", "x".repeat(900_000));
		mvc.perform(post("/api/v1/children").with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(file)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("remarks"))
				.andExpect(jsonPath("$.errors[0].message").value("不能超过1000个字"));
	}

	@Test
	void twentyThousandSituationsAreOneShortProblemOnTheList() throws Exception {
		long before = children();
		Map<String, Object> file = validFile();
		@SuppressWarnings("unchecked")
		Map<String, Object> father = new LinkedHashMap<>((Map<String, Object>) file.get("father"));
		father.put("situations", Collections.nCopies(20_000, Map.of("type", "OUT_MIGRANT")));
		file.put("father", father);

		MvcResult result = mvc.perform(post("/api/v1/children").with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(file)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("father.situations"))
				.andExpect(jsonPath("$.errors[0].message").value("不能超过20项"))
				.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).hasSizeLessThan(10_000);
		assertThat(children()).isEqualTo(before);
	}

	@Test
	void aThousandBrokenEntriesGiveTwentyFieldProblemsAndTheirTotal() throws Exception {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			items.add(Map.of("note", "这条备注太长了"));
		}
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("name", "王小明");
		form.put("items", items);
		MvcResult result = mvc.perform(post("/api/v1/test-problems/forms").with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(form)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.length()").value(20))
				.andExpect(jsonPath("$.errorCount").value(2000))
				.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).hasSizeLessThan(10_000);
	}

	static Map<String, Object> validFile() {
		return JSON.convertValue(Children.leftBehindWithGrandparents().build(),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
	}

	private long children() {
		return jdbc.queryForObject("select count(*) from child", Long.class);
	}
}

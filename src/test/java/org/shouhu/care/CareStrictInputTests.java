package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8 item 5 for visits and work logs: a number is not a code, a date or a text, and a text of only control
 * characters is missing: 400 on the field, nothing stored.
 */
@IntegrationTest
class CareStrictInputTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	final CurrentUser officer = TestUsers.civilAffairs(Regions.COUNTRY);

	static Map<String, Object> validVisit() {
		return JSON.convertValue(CareFixtures.normal(VisitType.CONTACT, Children.today()),
				new TypeReference<LinkedHashMap<String, Object>>() {
				});
	}

	@Test
	void theValidVisitIsRecorded() throws Exception {
		long child = care.child(TestVillages.A);
		visit(child, validVisit()).andExpect(status().isCreated());
		assertThat(visits(child)).isEqualTo(1);
	}

	@Test
	void aNumberIsNotAVisitCodeDateOrText() throws Exception {
		long child = care.child(TestVillages.A);
		refusedVisit(child, "method", 1, "method");
		refusedVisit(child, "type", 0, "type");
		refusedVisit(child, "visitedOn", 20240501, "visitedOn");
		refusedVisit(child, "problems", 123, "problems");
		refusedVisit(child, "followUpNeeded", 1, "followUpNeeded");
		refusedVisit(child, "metWith", List.of(0), "metWith[0]");
	}

	@Test
	void aVisitsTextsHoldNoControlCharacterButLineBreaks() throws Exception {
		long child = care.child(TestVillages.A);
		refusedVisit(child, "problems", "没钱\u0000", "problems");
		refusedVisit(child, "actions", "\u202E已联系", "actions");
		Map<String, Object> body = validVisit();
		body.put("problems", "\u0000");
		body.put("followUpNeeded", true);
		refused(visit(child, body), "problems");
		assertThat(visits(child)).isZero();
		body.put("problems", "缺衣\n少食");
		visit(child, body).andExpect(status().isCreated()).andExpect(jsonPath("$.problems").value("缺衣\n少食"));
	}

	@Test
	void listsInABodyAreBounded() throws Exception {
		long child = care.child(TestVillages.A);
		refusedVisit(child, "metWith", java.util.Collections.nCopies(21, "CHILD"), "metWith");
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 0; i < 20_000; i++) {
			answers.put("Q" + i, "NORMAL");
		}
		Map<String, Object> assessment = new LinkedHashMap<>();
		assessment.put("assessedOn", Children.today().toString());
		assessment.put("answers", answers);
		String body = refusedBody(mvc.perform(post("/api/v1/children/{id}/assessments", child).with(TestUsers.as(officer))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(assessment))), "answers");
		assertThat(body).hasSizeLessThan(10_000);
		assertThat(jdbc.queryForObject("select count(*) from assessment where child_id = ?", Long.class, child)).isZero();
	}

	@Test
	void aWorkLogOfOnlyControlCharactersIsRefused() throws Exception {
		CurrentUser director = accounts.create("strictlog", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		long before = workLogs();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("workedOn", Children.today().toString());
		body.put("content", "\u0000");
		assertThat(refused(workLog(director, body), "content")).isEqualTo("不能包含控制字符或改变文字方向的字符");
		body.put("content", " \n ");
		assertThat(refused(workLog(director, body), "content")).isEqualTo("必填");
		body.put("content", "入户走访\u202E");
		refused(workLog(director, body), "content");
		body.put("content", 123);
		refused(workLog(director, body), "content");
		body.put("content", "入户走访");
		body.put("workedOn", 20240501);
		refused(workLog(director, body), "workedOn");
		assertThat(workLogs()).isEqualTo(before);
	}

	private void refusedVisit(long child, String field, Object value, String path) throws Exception {
		Map<String, Object> body = validVisit();
		body.put(field, value);
		refused(visit(child, body), path);
		assertThat(visits(child)).as(path).isZero();
	}

	private String refused(ResultActions result, String path) throws Exception {
		String body = refusedBody(result, path);
		List<String> messages = JsonPath.read(body, "$.errors[?(@.field == '" + path + "')].message");
		return messages.get(0);
	}

	private String refusedBody(ResultActions result, String path) throws Exception {
		String body = result.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem(path)))
				.andReturn().getResponse().getContentAsString();
		List<String> messages = JsonPath.read(body, "$.errors[?(@.field == '" + path + "')].message");
		assertThat(messages).as(body).isNotEmpty().allMatch(m -> m.matches(".*\\p{IsHan}.*"));
		return body;
	}

	private ResultActions visit(long child, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/children/{id}/visits", child).with(TestUsers.as(officer))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
	}

	private ResultActions workLog(CurrentUser author, Map<String, Object> body) throws Exception {
		return mvc.perform(post("/api/v1/work-logs").with(TestUsers.as(author))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
	}

	private long visits(long child) {
		return jdbc.queryForObject("select count(*) from visit where child_id = ?", Long.class, child);
	}

	private long workLogs() {
		return jdbc.queryForObject("select count(*) from work_log", Long.class);
	}
}

package org.shouhu.care.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** The visits, schedule, problems, policy, to-do and compliance API (API.md "Visits and risk") with real tokens. */
@IntegrationTest
class VisitApiTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	final LocalDate today = Children.today();
	String village;
	CurrentUser director;
	String bearer;
	long child;

	@BeforeEach
	void director() {
		village = care.village(COUNTY, 0, 0);
		director = accounts.create("director", Set.of(Role.CHILD_DIRECTOR), village);
		bearer = accounts.bearer(director);
		child = care.child(village);
	}

	@Test
	void recordsAVisitAnswering201WithTheVisit() throws Exception {
		record(child, bearer, """
				{"type":"HOME_VISIT","method":"IN_PERSON","visitedOn":"%s","metWith":["CHILD","CAREGIVER"],
				 "findings":{"safety":"NORMAL","health":"CONCERN","schooling":"NORMAL","psychology":"NORMAL",
				             "guardianship":"SERIOUS"},
				 "problems":"祖父母年迈，无力辅导作业","actions":"联系学校安排课后辅导","followUpNeeded":true}"""
				.formatted(today))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.id").isNumber())
				.andExpect(jsonPath("$.childId").value(child))
				.andExpect(jsonPath("$.type").value("HOME_VISIT"))
				.andExpect(jsonPath("$.method").value("IN_PERSON"))
				.andExpect(jsonPath("$.visitedOn").value(today.toString()))
				.andExpect(jsonPath("$.metWith", hasItems("CHILD", "CAREGIVER")))
				.andExpect(jsonPath("$.findings.health").value("CONCERN"))
				.andExpect(jsonPath("$.findings.guardianship").value("SERIOUS"))
				.andExpect(jsonPath("$.problems").value("祖父母年迈，无力辅导作业"))
				.andExpect(jsonPath("$.actions").value("联系学校安排课后辅导"))
				.andExpect(jsonPath("$.followUpNeeded").value(true))
				.andExpect(jsonPath("$.problemId").isNumber())
				.andExpect(jsonPath("$.recordedBy").value(director.displayName()))
				.andExpect(jsonPath("$.recordedAt").isNotEmpty());
		assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'VISIT' and actor = ?",
				String.class, director.username())).containsExactly("CREATE");
	}

	@Test
	void listsTheVisitsNewestFirst() throws Exception {
		record(child, bearer, visit("CONTACT", "PHONE", today.minusDays(3))).andExpect(status().isCreated());
		record(child, bearer, visit("HOME_VISIT", "IN_PERSON", today.minusDays(1))).andExpect(status().isCreated());
		record(child, bearer, visit("CONTACT", "VIDEO", today.minusDays(10))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/children/{id}/visits", child).header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(3)))
				.andExpect(jsonPath("$[0].visitedOn").value(today.minusDays(1).toString()))
				.andExpect(jsonPath("$[1].visitedOn").value(today.minusDays(3).toString()))
				.andExpect(jsonPath("$[2].method").value("VIDEO"));
	}

	@Test
	void answersTheScheduleWithTheFieldsOfTheContract() throws Exception {
		record(child, bearer, visit("CONTACT", "PHONE", today.minusDays(9))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/children/{id}/visit-schedule", child).header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.contactDays").value(7))
				.andExpect(jsonPath("$.homeVisitDays").value(30))
				.andExpect(jsonPath("$.lastContactOn").value(today.minusDays(9).toString()))
				.andExpect(jsonPath("$.lastHomeVisitOn").isEmpty())
				.andExpect(jsonPath("$.contactDueOn").value(today.minusDays(2).toString()))
				.andExpect(jsonPath("$.homeVisitDueOn").value(today.plusDays(30).toString()))
				.andExpect(jsonPath("$.contactOverdue").value(true))
				.andExpect(jsonPath("$.homeVisitOverdue").value(false))
				.andExpect(jsonPath("$.closeAttention").value(false))
				.andExpect(jsonPath("$.reasons", hasSize(0)));
	}

	@Test
	void refusesAFutureDateWithAChineseMessageStoringNothing() throws Exception {
		record(child, bearer, visit("CONTACT", "PHONE", today.plusDays(1)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("visitedOn"))
				.andExpect(jsonPath("$.errors[0].message").value("不能晚于今天"));
		assertNoVisits();
	}

	@Test
	void refusesUnknownCodesStoringNothing() throws Exception {
		record(child, bearer, visit("VISIT", "PHONE", today)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("type"))
				.andExpect(jsonPath("$.errors[0].message").value("取值无效"));
		record(child, bearer, visit("CONTACT", "PHONE", today).replace("\"safety\":\"NORMAL\"", "\"safety\":\"BAD\""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("findings.safety"));
		record(child, bearer, visit("CONTACT", "PHONE", today).replace("\"CHILD\"", "\"NEIGHBOUR\""))
				.andExpect(status().isBadRequest());
		assertNoVisits();
	}

	@Test
	void refusesAVisitWithoutTypeFindingsOrPeopleMetNamingEachField() throws Exception {
		record(child, bearer, """
				{"method":"PHONE","visitedOn":"%s","metWith":[]}""".formatted(today))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItems("type", "findings", "metWith")))
				.andExpect(jsonPath("$.errors[?(@.field == 'type')].message", hasItem("必填")));
		record(child, bearer, """
				{"type":"CONTACT","method":"PHONE","visitedOn":"%s","metWith":["CHILD"],
				 "findings":{"safety":"NORMAL","health":"NORMAL"}}""".formatted(today))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field",
						hasItems("findings.schooling", "findings.psychology", "findings.guardianship")));
		record(child, bearer, visit("HOME_VISIT", "PHONE", today)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("method"))
				.andExpect(jsonPath("$.errors[0].message").value("入户走访须当面进行，请选择“当面”"));
		record(child, bearer, visit("CONTACT", "PHONE", today).replace("\"followUpNeeded\":false",
				"\"followUpNeeded\":true")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("problems"));
		record(child, bearer, visit("CONTACT", "PHONE", today.minusYears(30))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("不能早于儿童出生日期"));
		assertNoVisits();
	}

	@Test
	void aChildOutsideTheJurisdictionIsNotFound() throws Exception {
		long elsewhere = care.child(care.village(COUNTY, 0, 1));
		record(elsewhere, bearer, visit("CONTACT", "PHONE", today)).andExpect(status().isNotFound());
		for (String path : new String[] { "visits", "visit-schedule", "problems" }) {
			mvc.perform(get("/api/v1/children/{id}/" + path, elsewhere).header("Authorization", bearer))
					.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/children/{id}/visits", Long.MAX_VALUE).header("Authorization", bearer))
				.andExpect(status().isNotFound());
	}

	@Test
	void rolesThatDoNotWorkWithChildFilesAreForbiddenButViewersSeeCompliance() throws Exception {
		String viewer = accounts.bearer(accounts.create("viewer", Set.of(Role.VIEWER), COUNTY));
		record(child, viewer, visit("CONTACT", "PHONE", today)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tasks").header("Authorization", viewer)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/visit-compliance").header("Authorization", viewer)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/visit-policies/{c}", COUNTY).header("Authorization", viewer))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
	}

	@Test
	void recordingAVisitOfAnExitedChildIsAConflict() throws Exception {
		String civil = accounts.bearer(accounts.create("county", Set.of(Role.CIVIL_AFFAIRS), COUNTY));
		mvc.perform(post("/api/v1/children/{id}/exit", child).header("Authorization", civil)
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"reason":"MOVED_AWAY","date":"%s"}""".formatted(today))).andExpect(status().isOk());
		record(child, bearer, visit("CONTACT", "PHONE", today)).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("该儿童已减员，不能再记录走访"));
	}

	@Test
	void resolvesAProblemOnceWithWhatWasDone() throws Exception {
		String body = record(child, bearer, visit("CONTACT", "PHONE", today)
				.replace("\"problems\":null", "\"problems\":\"缺少学习用品\"")
				.replace("\"followUpNeeded\":false", "\"followUpNeeded\":true"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long problem = ((Number) JsonPath.read(body, "$.problemId")).longValue();
		mvc.perform(get("/api/v1/children/{id}/problems", child).header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value(problem))
				.andExpect(jsonPath("$[0].open").value(true))
				.andExpect(jsonPath("$[0].description").value("缺少学习用品"));
		resolve(problem, "{\"resolution\":\"\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("resolution"));
		resolve(problem, "{\"resolution\":\"已申请助学物资\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.open").value(false))
				.andExpect(jsonPath("$.resolution").value("已申请助学物资"))
				.andExpect(jsonPath("$.resolvedOn").value(today.toString()));
		resolve(problem, "{\"resolution\":\"再次\"}").andExpect(status().isConflict());
		mvc.perform(post("/api/v1/children/{id}/problems/{p}/resolve", child, Long.MAX_VALUE)
				.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
				.content("{\"resolution\":\"x\"}")).andExpect(status().isNotFound());
	}

	@Test
	void readsAndChangesTheCountyPolicy() throws Exception {
		String supervisor = accounts.bearer(accounts.create("sup", Set.of(Role.SUPERVISOR), village.substring(0, 9)));
		String civil = accounts.bearer(accounts.create("county", Set.of(Role.CIVIL_AFFAIRS), COUNTY));
		mvc.perform(get("/api/v1/visit-policies/{c}", COUNTY).header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.countyCode").value(COUNTY))
				.andExpect(jsonPath("$.contactDays").isNumber())
				.andExpect(jsonPath("$.homeVisitDays").isNumber())
				.andExpect(jsonPath("$.closeAttentionHomeVisitDays").isNumber());
		policy(supervisor, "{\"contactDays\":5,\"homeVisitDays\":20,\"closeAttentionHomeVisitDays\":10}")
				.andExpect(status().isForbidden());
		policy(civil, "{\"contactDays\":5}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItems("homeVisitDays", "closeAttentionHomeVisitDays")));
		try {
			policy(civil, "{\"contactDays\":5,\"homeVisitDays\":20,\"closeAttentionHomeVisitDays\":10}")
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.contactDays").value(5))
					.andExpect(jsonPath("$.updatedAt").isNotEmpty());
			mvc.perform(get("/api/v1/children/{id}/visit-schedule", child).header("Authorization", bearer))
					.andExpect(jsonPath("$.contactDays").value(5))
					.andExpect(jsonPath("$.contactDueOn").value(today.plusDays(5).toString()));
		}
		finally {
			policy(civil, "{\"contactDays\":7,\"homeVisitDays\":30,\"closeAttentionHomeVisitDays\":14}")
					.andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/visit-policies/{c}", "610399").header("Authorization", civil))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/visit-policies/{c}", "610330").header("Authorization", civil))
				.andExpect(status().isNotFound());
	}

	@Test
	void listsTheCallersToDoItems() throws Exception {
		record(child, bearer, visit("CONTACT", "PHONE", today.minusDays(12))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/tasks").header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.childId == %d)].type".formatted(child), hasItem("CONTACT_OVERDUE")))
				.andExpect(jsonPath("$[?(@.childId == %d)].dueOn".formatted(child),
						hasItem(today.minusDays(5).toString())))
				.andExpect(jsonPath("$[?(@.childId == %d)].title".formatted(child),
						hasItem(org.hamcrest.Matchers.endsWith("：联系已逾期 5 天"))));
	}

	@Test
	void answersComplianceOfARegionInsideTheJurisdiction() throws Exception {
		String township = village.substring(0, 9);
		String supervisor = accounts.bearer(accounts.create("sup", Set.of(Role.SUPERVISOR), township));
		mvc.perform(get("/api/v1/visit-compliance").header("Authorization", supervisor))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.regionCode").value(township))
				.andExpect(jsonPath("$.children").isNumber())
				.andExpect(jsonPath("$.contactOverdue").isNumber())
				.andExpect(jsonPath("$.homeVisitOverdue").isNumber())
				.andExpect(jsonPath("$.openProblems").isNumber())
				.andExpect(jsonPath("$.byRegion[?(@.regionCode == '%s')].name".formatted(village)).isNotEmpty())
				.andExpect(jsonPath("$.byRegion[0].children").isNumber());
		mvc.perform(get("/api/v1/visit-compliance").param("regionCode", village).header("Authorization", supervisor))
				.andExpect(status().isOk()).andExpect(jsonPath("$.byRegion", hasSize(0)));
		mvc.perform(get("/api/v1/visit-compliance").param("regionCode", COUNTY).header("Authorization", supervisor))
				.andExpect(status().isNotFound());
	}

	private ResultActions record(long childId, String token, String json) throws Exception {
		return mvc.perform(post("/api/v1/children/{id}/visits", childId).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions resolve(long problem, String json) throws Exception {
		return mvc.perform(post("/api/v1/children/{id}/problems/{p}/resolve", child, problem)
				.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions policy(String token, String json) throws Exception {
		return mvc.perform(put("/api/v1/visit-policies/{c}", COUNTY).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private void assertNoVisits() throws Exception {
		mvc.perform(get("/api/v1/children/{id}/visits", child).header("Authorization", bearer))
				.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		assertThat(jdbc.queryForObject("select count(*) from visit where child_id = ?", Long.class, child)).isZero();
	}

	private static String visit(String type, String method, LocalDate on) {
		return """
				{"type":"%s","method":"%s","visitedOn":"%s","metWith":["CHILD"],
				 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"NORMAL",
				             "guardianship":"NORMAL"},
				 "problems":null,"actions":null,"followUpNeeded":false}""".formatted(type, method, on);
	}
}

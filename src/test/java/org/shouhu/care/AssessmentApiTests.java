package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@RecordApplicationEvents
class AssessmentApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	long child() {
		return children.registerAsSystem(Children.leftBehindWithGrandparents().build(), "测试").id();
	}

	static Map<String, Object> body(LocalDate assessedOn, Map<String, String> changes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assessedOn", assessedOn == null ? null : assessedOn.toString());
		body.put("answers", AssessmentFormTests.answers(changes));
		return body;
	}

	ResultActions assess(CurrentUser user, long childId, Object body) throws Exception {
		return mvc.perform(post("/api/v1/children/{id}/assessments", childId)
			.with(TestUsers.as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : JSON.writeValueAsString(body)));
	}

	long stored(long childId) {
		return jdbc.queryForObject("select count(*) from assessment where child_id = ?", Long.class, childId);
	}

	@Test
	void recordsAnAssessmentWithItsLevelScoreAreasAndAnswers() throws Exception {
		long child = child();
		LocalDate today = Children.today();
		String response = assess(director, child, body(today, Map.of("safety2", "SERIOUS", "living2", "CONCERN")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/children/" + child + "/assessments/")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.childId").value(child))
			.andExpect(jsonPath("$.assessedOn").value(today.toString()))
			.andExpect(jsonPath("$.riskLevel").value("MEDIUM"))
			.andExpect(jsonPath("$.riskLevelLabel").value("中风险"))
			.andExpect(jsonPath("$.score").value(4))
			.andExpect(jsonPath("$.maxScore").value(54))
			.andExpect(jsonPath("$.computedLevel").value("MEDIUM"))
			.andExpect(jsonPath("$.overrideLevel").doesNotExist())
			.andExpect(jsonPath("$.areas", hasSize(6)))
			.andExpect(jsonPath("$.areas[?(@.area == 'SAFETY')].score").value(hasItem(3)))
			.andExpect(jsonPath("$.areas[?(@.area == 'LIVING')].label").value(hasItem("生活条件")))
			.andExpect(jsonPath("$.answers.safety2").value("SERIOUS"))
			.andExpect(jsonPath("$.answers.guardianship1").value("NORMAL"))
			.andExpect(jsonPath("$.assessedBy").value(director.displayName()))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();
		assertThat(jdbc.queryForObject("select count(*) from assessment_answer where assessment_id = ?", Long.class, id))
			.isEqualTo(18);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' and subject_type = 'ASSESSMENT' and subject_id = ?",
				Long.class, String.valueOf(id))).isEqualTo(1);
		assertThat(events.stream(AssessmentRecorded.class).filter(e -> e.assessmentId() == id))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.childId()).isEqualTo(child);
				assertThat(e.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
				assertThat(e.assessedOn()).isEqualTo(today);
				assertThat(e.answers()).containsEntry("safety2", "SERIOUS").containsEntry("guardianship1", "NORMAL");
				assertThat(e.redFlags()).isEmpty();
			});
	}

	@Test
	void aRedFlagMakesTheChildHighRiskWhateverTheScore() throws Exception {
		long child = child();
		assess(director, child, body(Children.today(), Map.of("psychology3", "SERIOUS")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.score").value(3))
			.andExpect(jsonPath("$.redFlags[0]").value("psychology3"));
	}

	@Test
	void theAssessorMayRaiseTheLevelWithAReason() throws Exception {
		long child = child();
		Map<String, Object> body = body(Children.today().minusDays(2), Map.of());
		body.put("overrideLevel", "HIGH");
		body.put("overrideReason", "祖父病重住院，儿童实际无人照料");
		String response = assess(director, child, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.computedLevel").value("LOW"))
			.andExpect(jsonPath("$.overrideLevel").value("HIGH"))
			.andExpect(jsonPath("$.overrideReason").value("祖父病重住院，儿童实际无人照料"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();
		assertThat(events.stream(AssessmentRecorded.class).filter(e -> e.assessmentId() == id))
			.extracting(AssessmentRecorded::riskLevel).containsExactly(RiskLevel.HIGH);
	}

	@Test
	void refusesToLowerTheLevel() throws Exception {
		long child = child();
		Map<String, Object> body = body(Children.today(), Map.of("safety1", "SERIOUS"));
		body.put("overrideLevel", "MEDIUM");
		body.put("overrideReason", "家长说只是摔伤");
		assess(director, child, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("overrideLevel"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("只能调高")));
		assertThat(stored(child)).isZero();
	}

	@Test
	void refusesARaisedLevelWithoutReason() throws Exception {
		long child = child();
		Map<String, Object> body = body(Children.today(), Map.of());
		body.put("overrideLevel", "MEDIUM");
		body.put("overrideReason", "  ");
		assess(director, child, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("overrideReason")))
			.andExpect(jsonPath("$.errors[0].message").value("调高风险等级须说明理由"));
		assertThat(stored(child)).isZero();
	}

	@Test
	void namesEveryBadFieldAndStoresNothing() throws Exception {
		long child = child();
		Map<String, Object> body = body(Children.today().plusDays(1), Map.of("health2", "MAYBE", "hobby1", "NORMAL"));
		@SuppressWarnings("unchecked")
		Map<String, String> answers = (Map<String, String>) body.get("answers");
		answers.remove("safety1");
		assess(director, child, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("assessedOn", "answers.safety1", "answers.health2", "answers.hobby1")))
			.andExpect(jsonPath("$.errors[?(@.field == 'assessedOn')].message").value(hasItem("不能晚于今天")))
			.andExpect(jsonPath("$.errors[?(@.field == 'answers.safety1')].message").value(hasItem("请选择一项")))
			.andExpect(jsonPath("$.errors[?(@.field == 'answers.hobby1')].message").value(hasItem("评估表中没有这一项")));
		assess(director, child, "{\"answers\":{}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(19)))
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("assessedOn", "answers.guardianship1", "answers.living3")));
		assertThat(stored(child)).isZero();
	}

	@Test
	void anUnknownLevelCodeIsBadInput() throws Exception {
		long child = child();
		assess(director, child, "{\"assessedOn\":\"2024-01-01\",\"answers\":{},\"overrideLevel\":\"EXTREME\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("overrideLevel"));
		assertThat(stored(child)).isZero();
	}

	@Test
	void aChildOutsideTheJurisdictionIsNotFound() throws Exception {
		long child = child();
		assess(TestUsers.director(TestVillages.B), child, body(Children.today(), Map.of()))
			.andExpect(status().isNotFound());
		assess(TestUsers.supervisor("610330102"), child, body(Children.today(), Map.of()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/children/{id}/assessments", child).with(TestUsers.as(TestUsers.director(TestVillages.B))))
			.andExpect(status().isNotFound());
		assertThat(stored(child)).isZero();
	}

	@Test
	void theTownshipSupervisorMayAssess() throws Exception {
		long child = child();
		assess(TestUsers.supervisor(TestVillages.TOWNSHIP), child, body(Children.today(), Map.of()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskLevel").value("LOW"));
	}

	@Test
	void aViewerMayNotAssess() throws Exception {
		long child = child();
		CurrentUser viewer = accounts.create("viewer", Set.of(Role.VIEWER), TestVillages.COUNTY);
		mvc.perform(post("/api/v1/children/{id}/assessments", child)
			.header("Authorization", accounts.bearer(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body(Children.today(), Map.of()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children/{id}/assessments", child).header("Authorization", accounts.bearer(viewer)))
			.andExpect(status().isForbidden());
		assertThat(stored(child)).isZero();
	}

	@Test
	void anExitedChildCannotBeAssessed() throws Exception {
		long child = child();
		TestUsers.login(director);
		try {
			children.exit(child, ExitReason.MOVED_AWAY, Children.today(), null);
		}
		finally {
			TestUsers.logout();
		}
		assess(director, child, body(Children.today(), Map.of())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该儿童已减员，不能再做风险评估"));
		assertThat(stored(child)).isZero();
	}

	@Test
	void historyListsTheNewestAssessmentFirst() throws Exception {
		long child = child();
		LocalDate today = Children.today();
		assess(director, child, body(today.minusDays(10), Map.of())).andExpect(status().isCreated());
		assess(director, child, body(today, Map.of("safety1", "SERIOUS"))).andExpect(status().isCreated());
		assess(director, child, body(today.minusDays(30), Map.of("living1", "CONCERN"))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/children/{id}/assessments", child).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].assessedOn").value(today.toString()))
			.andExpect(jsonPath("$[0].riskLevel").value("HIGH"))
			.andExpect(jsonPath("$[1].assessedOn").value(today.minusDays(10).toString()))
			.andExpect(jsonPath("$[2].assessedOn").value(today.minusDays(30).toString()))
			.andExpect(jsonPath("$[2].answers.living1").value("CONCERN"));
	}

	@Test
	void anAssessmentOfAnotherChildIsNotFound() throws Exception {
		long child = child();
		long other = child();
		String response = assess(director, child, body(Children.today(), Map.of())).andReturn().getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();
		mvc.perform(get("/api/v1/children/{id}/assessments/{a}", child, id).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/children/{id}/assessments/{a}", other, id).with(TestUsers.as(director)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFormListsItsAreasItemsAndOptions() throws Exception {
		mvc.perform(get("/api/v1/assessment-form").with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.mediumFrom").value(4))
			.andExpect(jsonPath("$.highFrom").value(10))
			.andExpect(jsonPath("$.areas", hasSize(6)))
			.andExpect(jsonPath("$.areas[0].code").value("GUARDIANSHIP"))
			.andExpect(jsonPath("$.areas[0].items", hasSize(3)))
			.andExpect(jsonPath("$.areas[1].items[0].code").value("safety1"))
			.andExpect(jsonPath("$.areas[1].items[0].options[2].redFlag").value(true))
			.andExpect(jsonPath("$.areas[1].items[0].options[2].score").value(3))
			.andExpect(jsonPath("$.areas[1].items[0].options[1].grade").value("一般风险"));
	}

	/** Issue 9: a HIGH assessment whose red flag is violence or nobody caring for the child opens a problem. */
	@Test
	void aHighAssessmentWithViolenceOpensAProblemThatIsResolvedLikeAVisitProblem() throws Exception {
		long child = child();
		LocalDate today = Children.today().minusDays(1);
		String response = assess(director, child, body(today, Map.of("safety1", "SERIOUS")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.problemId").isNumber())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();
		long problemId = ((Number) JsonPath.read(response, "$.problemId")).longValue();
		mvc.perform(get("/api/v1/children/{id}/problems", child).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(problemId))
			.andExpect(jsonPath("$[0].open").value(true))
			.andExpect(jsonPath("$[0].assessmentId").value(id))
			.andExpect(jsonPath("$[0].visitId").doesNotExist())
			.andExpect(jsonPath("$[0].openedOn").value(today.toString()))
			.andExpect(jsonPath("$[0].description").value("风险评估发现：遭受或疑似遭受暴力伤害"));
		mvc.perform(get("/api/v1/children/{id}/assessments/{aid}", child, id).with(TestUsers.as(director)))
			.andExpect(jsonPath("$.problemId").value(problemId));
		mvc.perform(get("/api/v1/children/{id}/assessments", child).with(TestUsers.as(director)))
			.andExpect(jsonPath("$[0].problemId").value(problemId));
		assertThat(openProblems(child)).isEqualTo(1);

		mvc.perform(post("/api/v1/children/{id}/problems/{pid}/resolve", child, problemId)
			.with(TestUsers.as(director))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resolution\":\"已报告派出所和乡镇，儿童暂住姑姑家\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.assessmentId").value(id))
			.andExpect(jsonPath("$.resolution").value("已报告派出所和乡镇，儿童暂住姑姑家"));
		assertThat(openProblems(child)).isZero();
		mvc.perform(post("/api/v1/children/{id}/problems/{pid}/resolve", child, problemId)
			.with(TestUsers.as(director))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resolution\":\"再次\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aHighAssessmentWithNobodyCaringNamesEveryRedFlagOfTheProblem() throws Exception {
		long child = child();
		assess(director, child, body(Children.today(), Map.of("guardianship1", "SERIOUS", "psychology3", "SERIOUS")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.problemId").isNumber());
		mvc.perform(get("/api/v1/children/{id}/problems", child).with(TestUsers.as(director)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].description").value(containsString("无人照料，或独居且无人照护")))
			.andExpect(jsonPath("$[0].description").value(containsString("有自伤、自杀的念头或行为")));
	}

	@Test
	void otherAssessmentsOpenNoProblem() throws Exception {
		long child = child();
		// HIGH by another red flag, HIGH by score, HIGH raised by the assessor, MEDIUM
		assess(director, child, body(Children.today(), Map.of("psychology3", "SERIOUS")))
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.problemId").doesNotExist());
		assess(director, child, AssessmentApiTests.bodyOf(Children.today(), AssessmentFormTests.answers(4, 0)))
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.problemId").doesNotExist());
		Map<String, Object> raised = body(Children.today(), Map.of());
		raised.put("overrideLevel", "HIGH");
		raised.put("overrideReason", "祖父病重住院");
		assess(director, child, raised)
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.problemId").doesNotExist());
		assess(director, child, body(Children.today(), Map.of("safety2", "SERIOUS", "living2", "CONCERN")))
			.andExpect(jsonPath("$.riskLevel").value("MEDIUM"))
			.andExpect(jsonPath("$.problemId").doesNotExist());
		mvc.perform(get("/api/v1/children/{id}/problems", child).with(TestUsers.as(director)))
			.andExpect(jsonPath("$", hasSize(0)));
		assertThat(openProblems(child)).isZero();
	}

	@Test
	void theRuleIsHighWithViolenceOrNobodyCaring() {
		assertThat(Assessments.opensProblem(RiskLevel.HIGH, java.util.List.of("safety1"))).isTrue();
		assertThat(Assessments.opensProblem(RiskLevel.HIGH, java.util.List.of("psychology3", "guardianship1"))).isTrue();
		assertThat(Assessments.opensProblem(RiskLevel.HIGH, java.util.List.of("psychology3"))).isFalse();
		assertThat(Assessments.opensProblem(RiskLevel.MEDIUM, java.util.List.of("safety1"))).isFalse();
		assertThat(Assessments.opensProblem(RiskLevel.HIGH, java.util.List.of())).isFalse();
	}

	static Map<String, Object> bodyOf(LocalDate assessedOn, Map<String, String> answers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assessedOn", assessedOn.toString());
		body.put("answers", answers);
		return body;
	}

	int openProblems(long childId) {
		return jdbc.queryForObject("select open_problems from care_schedule where child_id = ?", Integer.class, childId);
	}

	@Test
	void requiresAuthentication() throws Exception {
		mvc.perform(get("/api/v1/assessment-form")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/children/1/assessments").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}
}

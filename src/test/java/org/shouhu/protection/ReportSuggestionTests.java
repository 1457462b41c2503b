package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.Assessments;
import org.shouhu.care.AssessmentForm;
import org.shouhu.care.NewAssessment;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue 9 "From the visit to the report": a serious visit must describe the problem, opens one and offers the director
 * a prefilled report; a high-risk assessment with a violence or no-care red flag does the same; the director declines
 * with a reason or files the report. Through the API with real tokens.
 */
@IntegrationTest
class ReportSuggestionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Assessments assessments;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	final LocalDate today = Children.today();
	/** One village for the class (each test counts its own files), and one of another director. */
	static String village;
	static String otherVillage;
	CurrentUser director;
	String bearer;
	long child;

	@BeforeEach
	void director() {
		if (village == null) {
			village = unused.village();
			otherVillage = unused.village();
		}
		director = accounts.create("sugdir", Set.of(Role.CHILD_DIRECTOR), village);
		bearer = accounts.bearer(director);
		child = care.child(village);
	}

	@Test
	void aSeriousVisitWithoutProblemsIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
		for (String area : new String[] { "safety", "psychology", "guardianship" }) {
			visit(child, findings(area), null, false)
					.andExpect(status().isBadRequest())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andExpect(jsonPath("$.errors[0].field").value("problems"))
					.andExpect(jsonPath("$.errors[0].message").value("安全、心理或监护情况为“严重”时，请写明发现的问题"));
		}
		assertThat(jdbc.queryForObject("select count(*) from visit where child_id = ?", Long.class, child)).isZero();
		assertThat(count("select count(*) from report_suggestion where child_id = ?")).isZero();
	}

	@Test
	void aSeriousHealthFindingAloneNeedsNoTextAndSuggestsNoReport() throws Exception {
		visit(child, findings("health"), null, false).andExpect(status().isCreated())
				.andExpect(jsonPath("$.problemId").doesNotExist());
		suggestions(bearer, child).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void guardianshipSeriousOpensAProblemAndOffersTheDirectorAPrefilledReport() throws Exception {
		String visit = visit(child, findings("guardianship"), "孩子独自在家多日，爷爷奶奶外出未归", false)
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.problemId").isNumber())
				.andReturn().getResponse().getContentAsString();
		long visitId = ((Number) JsonPath.read(visit, "$.id")).longValue();
		mvc.perform(get("/api/v1/children/{id}/problems", child).header("Authorization", bearer))
				.andExpect(jsonPath("$[0].description").value("孩子独自在家多日，爷爷奶奶外出未归"))
				.andExpect(jsonPath("$[0].open").value(true));

		suggestions(bearer, child).andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].status").value("OPEN"))
				.andExpect(jsonPath("$[0].open").value(true))
				.andExpect(jsonPath("$[0].source").value("VISIT"))
				.andExpect(jsonPath("$[0].sourceId").value(visitId))
				.andExpect(jsonPath("$[0].situation").value("ABANDONMENT_OR_NEGLECT"))
				.andExpect(jsonPath("$[0].situationLabel").value("被遗弃或长期无人照料"))
				.andExpect(jsonPath("$[0].description").value(
						today + " 走访发现监护照料情况严重：孩子独自在家多日，爷爷奶奶外出未归"))
				.andExpect(jsonPath("$[0].reportFormPath").value(containsString(
						"/reports/new?childId=" + child + "&situation=ABANDONMENT_OR_NEGLECT&description=")))
				.andExpect(jsonPath("$[0].reportFormPath").value(containsString("&suggestion=")));
		assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'CHILD' and actor = ? "
				+ "and detail = '查看强制报告建议'", String.class, director.username())).containsExactly("VIEW");

		mvc.perform(get("/api/v1/tasks").header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.type == 'REPORT_SUGGESTED' && @.childId == " + child + ")]", hasSize(1)))
				.andExpect(jsonPath("$[?(@.type == 'REPORT_SUGGESTED')].title").value(
						org.hamcrest.Matchers.hasItem(containsString("建议强制报告"))))
				.andExpect(jsonPath("$[?(@.type == 'REPORT_SUGGESTED')].note").value(
						org.hamcrest.Matchers.hasItem(containsString("孩子独自在家多日"))));
	}

	@Test
	void eachSeriousAreaSuggestsItsSituation() throws Exception {
		long second = care.child(village);
		long third = care.child(village);
		visit(child, findings("safety", "guardianship"), "孩子身上有多处淤青", true).andExpect(status().isCreated());
		visit(second, findings("psychology"), "孩子说不想活了", false).andExpect(status().isCreated());
		visit(third, findings("safety"), "被父亲殴打", false).andExpect(status().isCreated());
		suggestions(bearer, child).andExpect(jsonPath("$[0].situation").value("SUSPECTED_VIOLENCE_INJURY"))
				.andExpect(jsonPath("$[0].description").value(containsString("人身安全情况严重、监护照料情况严重")));
		suggestions(bearer, second).andExpect(jsonPath("$[0].situation").value("OTHER_SERIOUS_HARM"));
		suggestions(bearer, third).andExpect(jsonPath("$[0].situation").value("SUSPECTED_VIOLENCE_INJURY"));
	}

	@Test
	void declineNeedsAReasonThenRecordsWhoAndWhenAndASecondDeclineIs409() throws Exception {
		visit(child, findings("guardianship"), "无人照料", false).andExpect(status().isCreated());
		long id = suggestionId(child);

		decline(id, bearer, "{\"reason\":\"  \"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"))
				.andExpect(jsonPath("$.errors[0].message").value("请写明不报告的理由"));
		decline(id, bearer, "{}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		decline(id, bearer, "{\"reason\":\"坏\u0007\"}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(jdbc.queryForObject("select status from report_suggestion where id = ?", String.class, id))
				.isEqualTo("OPEN");

		decline(id, bearer, "{\"reason\":\"已核实：父母昨日已回家照料\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("DECLINED"))
				.andExpect(jsonPath("$.declinedReason").value("已核实：父母昨日已回家照料"))
				.andExpect(jsonPath("$.decidedBy").value(director.displayName()))
				.andExpect(jsonPath("$.decidedAt").isNotEmpty());
		decline(id, bearer, "{\"reason\":\"再次\"}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("这条强制报告建议已经报告或已说明不报告，不能再处理"));
		assertThat(jdbc.queryForObject("select declined_reason from report_suggestion where id = ?", String.class, id))
				.isEqualTo("已核实：父母昨日已回家照料");
		assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'REPORT_SUGGESTION' "
				+ "and subject_id = ?", String.class, String.valueOf(id))).containsExactly("UPDATE");
		mvc.perform(get("/api/v1/tasks").header("Authorization", bearer))
				.andExpect(jsonPath("$[?(@.type == 'REPORT_SUGGESTED' && @.childId == " + child + ")]", hasSize(0)));
	}

	@Test
	void aStaleVersionIs409() throws Exception {
		visit(child, findings("guardianship"), "无人照料", false).andExpect(status().isCreated());
		long id = suggestionId(child);
		decline(id, bearer, "{\"reason\":\"理由\",\"version\":7}").andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select status from report_suggestion where id = ?", String.class, id))
				.isEqualTo("OPEN");
	}

	@Test
	void othersSeeNothingOutsideTheirJurisdictionAndRolesWithoutFilesAre403() throws Exception {
		visit(child, findings("guardianship"), "无人照料", false).andExpect(status().isCreated());
		long id = suggestionId(child);
		String other = accounts.bearer(accounts.create("sugother", Set.of(Role.CHILD_DIRECTOR), otherVillage));
		suggestions(other, child).andExpect(status().isNotFound());
		decline(id, other, "{\"reason\":\"不是我村的\"}").andExpect(status().isNotFound());
		decline(999_999_999L, bearer, "{\"reason\":\"没有这条\"}").andExpect(status().isNotFound());
		String viewer = accounts.bearer(accounts.create("sugviewer", Set.of(Role.VIEWER), village.substring(0, 6)));
		suggestions(viewer, child).andExpect(status().isForbidden());
		decline(id, viewer, "{\"reason\":\"领导\"}").andExpect(status().isForbidden());
		String police = accounts.bearer(accounts.create("sugpolice", Set.of(Role.DEPARTMENT), village.substring(0, 6)));
		decline(id, police, "{\"reason\":\"公安\"}").andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select status from report_suggestion where id = ?", String.class, id))
				.isEqualTo("OPEN");
		// the township's supervisor sees it (jurisdiction above the village)
		String supervisor = accounts.bearer(accounts.create("sugsup", Set.of(Role.SUPERVISOR),
				village.substring(0, 9)));
		suggestions(supervisor, child).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void aReportFiledForTheChildFilesEveryOpenSuggestionWithTheReport() throws Exception {
		visit(child, findings("guardianship"), "无人照料", false).andExpect(status().isCreated());
		visit(child, findings("safety"), "有伤痕", false).andExpect(status().isCreated());
		long other = care.child(village);
		visit(other, findings("safety"), "有伤痕", false).andExpect(status().isCreated());
		long report = insertReport(child);
		TestUsers.login(director);
		try {
			new TransactionTemplate(transactionManager).executeWithoutResult(tx -> events.publishEvent(
					new ReportFiled(report, child, village, "ABANDONMENT_OR_NEGLECT", Instant.now())));
		}
		finally {
			TestUsers.logout();
		}
		suggestions(bearer, child).andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].status").value("FILED"))
				.andExpect(jsonPath("$[0].reportId").value(report))
				.andExpect(jsonPath("$[0].decidedBy").value(director.displayName()))
				.andExpect(jsonPath("$[1].status").value("FILED"));
		suggestions(bearer, other).andExpect(jsonPath("$[0].status").value("OPEN"));
		decline(suggestionId(child), bearer, "{\"reason\":\"晚了\"}").andExpect(status().isConflict());
	}

	@Test
	void aHighRiskAssessmentWithViolenceOrNoCareSuggestsAReportOtherRedFlagsDoNot() throws Exception {
		long second = care.child(village);
		long third = care.child(village);
		CareFixtures.as(director, () -> assessments.record(child, assessment(Map.of("guardianship1", "SERIOUS"))));
		CareFixtures.as(director, () -> assessments.record(second, assessment(Map.of("safety1", "SERIOUS",
				"guardianship1", "SERIOUS"))));
		CareFixtures.as(director, () -> assessments.record(third, assessment(Map.of("psychology3", "SERIOUS"))));
		suggestions(bearer, child).andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].source").value("ASSESSMENT"))
				.andExpect(jsonPath("$[0].situation").value("ABANDONMENT_OR_NEGLECT"))
				.andExpect(jsonPath("$[0].description").value(today + " 风险评估为高风险：无人照料，或独居且无人照护。"));
		suggestions(bearer, second).andExpect(jsonPath("$[0].situation").value("SUSPECTED_VIOLENCE_INJURY"))
				.andExpect(jsonPath("$[0].description").value(containsString("遭受或疑似遭受暴力伤害、无人照料")));
		suggestions(bearer, third).andExpect(jsonPath("$", hasSize(0)));
	}

	private NewAssessment assessment(Map<String, String> changes) {
		Map<String, String> answers = new java.util.LinkedHashMap<>();
		AssessmentForm.items().forEach(i -> answers.put(i.code(), "NORMAL"));
		answers.putAll(changes);
		return new NewAssessment(today, answers, null, null);
	}

	private long insertReport(long childId) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		jdbc.update("""
				insert into protection_report (version, status, situation, description, occurred_on, received_at,
				    accept_by, routed_to, routed_education, routed_health, child_id, province_code, city_code,
				    county_code, township_code, village_code, reporter_type, filed_by_user_id, filed_by, filed_at)
				values (0, 'RECEIVED', 'ABANDONMENT_OR_NEGLECT', '无人照料', ?, ?, ?, 'PUBLIC_SECURITY,CIVIL_AFFAIRS',
				    false, false, ?, ?, ?, ?, ?, ?, 'VILLAGE_COMMITTEE', ?, ?, ?)""",
				java.sql.Date.valueOf(today), Timestamp.from(now), Timestamp.from(now.plusSeconds(3600)), childId,
				village.substring(0, 2), village.substring(0, 4), village.substring(0, 6), village.substring(0, 9),
				village, director.id(), director.displayName(), Timestamp.from(now));
		return jdbc.queryForObject("select max(id) from protection_report where child_id = ?", Long.class, childId);
	}

	private long suggestionId(long childId) {
		return jdbc.queryForObject("select max(id) from report_suggestion where child_id = ?", Long.class, childId);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class, child);
	}

	private ResultActions suggestions(String token, long childId) throws Exception {
		return mvc.perform(get("/api/v1/children/{id}/report-suggestions", childId).header("Authorization", token));
	}

	private ResultActions decline(long id, String token, String body) throws Exception {
		return mvc.perform(post("/api/v1/report-suggestions/{id}/decline", id).header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions visit(long childId, String findings, String problems, boolean followUp) throws Exception {
		String body = """
				{"type":"HOME_VISIT","method":"IN_PERSON","visitedOn":"%s","metWith":["CHILD","CAREGIVER"],
				 "findings":%s,"problems":%s,"actions":"已联系村委会","followUpNeeded":%s}""".formatted(today, findings,
				problems == null ? "null" : "\"" + problems + "\"", followUp);
		return mvc.perform(post("/api/v1/children/{id}/visits", childId).header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** Every area NORMAL except those given, SERIOUS. */
	static String findings(String... serious) {
		Set<String> set = Set.of(serious);
		StringBuilder json = new StringBuilder("{");
		for (String area : new String[] { "safety", "health", "schooling", "psychology", "guardianship" }) {
			json.append(json.length() > 1 ? "," : "").append('"').append(area).append("\":\"")
					.append(set.contains(area) ? "SERIOUS" : "NORMAL").append('"');
		}
		return json.append('}').toString();
	}
}

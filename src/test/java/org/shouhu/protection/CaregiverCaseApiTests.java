package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.AssessmentForm;
import org.shouhu.child.CaregiverDisqualification;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * Caregiver oversight over the API (API.md "Mandatory reports and protection", caregiver oversight): the Art 22
 * checklist on the file, the three triggers of a caregiver case, recording that the parents were told, closing with
 * each outcome and every refusal.
 */
@IntegrationTest
class CaregiverCaseApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	CaregiverCases cases;

	@Autowired
	JdbcTemplate jdbc;

	final LocalDate today = Children.today();
	String village;
	String otherVillage;
	CurrentUser director;
	CurrentUser otherDirector;

	@BeforeEach
	void users() {
		village = unused.village();
		otherVillage = unused.village();
		director = TestUsers.director(village);
		otherDirector = TestUsers.director(otherVillage);
	}

	static ChildFile.Caregiver caregiver(String name, LocalDate signedOn, ChildFile.CaregiverChecklist checklist) {
		return new ChildFile.Caregiver(name, null, "13900000000", CaregiverRelation.PATERNAL_GRANDPARENT, "同住",
				signedOn, checklist);
	}

	static ChildFile.CaregiverChecklist checklist(Boolean adult, Boolean capable, CaregiverDisqualification... d) {
		return new ChildFile.CaregiverChecklist(adult, capable, List.of(d));
	}

	ResultActions register(ChildFile file) throws Exception {
		return mvc.perform(post("/api/v1/children").with(TestUsers.as(director)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(file)));
	}

	long registered(ChildFile.Caregiver caregiver) throws Exception {
		String body = register(Children.leftBehindWithGrandparents().village(village).caregiver(caregiver).build())
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions cases(CurrentUser user, long childId) throws Exception {
		return mvc.perform(get("/api/v1/children/{id}/caregiver-cases", childId).with(TestUsers.as(user)));
	}

	long openCaseId(long childId) throws Exception {
		String body = cases(director, childId).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("OPEN"))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$[0].id")).longValue();
	}

	ResultActions notifyParents(CurrentUser user, long caseId, String body) throws Exception {
		return mvc.perform(post("/api/v1/caregiver-cases/{id}/notify", caseId).with(TestUsers.as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	ResultActions close(CurrentUser user, long caseId, String body) throws Exception {
		return mvc.perform(post("/api/v1/caregiver-cases/{id}/close", caseId).with(TestUsers.as(user)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String notified() {
		return "{\"notifiedOn\":\"%s\",\"how\":\"电话告知父亲，请其另行委托照护人\"}".formatted(today);
	}

	ResultActions visit(long childId, String guardianship) throws Exception {
		return mvc.perform(post("/api/v1/children/{id}/visits", childId).with(TestUsers.as(director)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"type":"HOME_VISIT","method":"IN_PERSON","visitedOn":"%s","metWith":["CHILD","CAREGIVER"],
					 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"NORMAL",
					             "guardianship":"%s"},
					 "problems":"祖父长期酗酒，孩子常饿肚子","actions":"联系父母","followUpNeeded":true}"""
				.formatted(today, guardianship)));
	}

	/** Puts the child's file again with the caregiver replaced. */
	ResultActions replaceCaregiver(long childId, ChildFile.Caregiver caregiver) throws Exception {
		String body = mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(director)))
			.andReturn().getResponse().getContentAsString();
		Map<String, Object> file = JSON.readValue(body, Map.class);
		file.put("caregiver", JSON.readValue(JSON.writeValueAsString(caregiver), Map.class));
		return mvc.perform(put("/api/v1/children/{id}", childId).with(TestUsers.as(director)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(file)));
	}

	@Test
	void theFileKeepsTheChecklistAndAFailingCaregiverOpensACase() throws Exception {
		ChildFile file = Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("王老汉", today, checklist(true, true, CaregiverDisqualification.ALCOHOL_ADDICTION,
					CaregiverDisqualification.GAMBLING_ADDICTION)))
			.build();
		String body = register(file).andExpect(status().isCreated())
			.andExpect(jsonPath("$.caregiver.checklist.adult").value(true))
			.andExpect(jsonPath("$.caregiver.checklist.capable").value(true))
			.andExpect(jsonPath("$.caregiver.checklist.disqualifications", hasSize(2)))
			.andExpect(jsonPath("$.caregiver.checklist.disqualifications", hasItem("ALCOHOL_ADDICTION")))
			.andReturn().getResponse().getContentAsString();
		long child = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(get("/api/v1/children/{id}", child).with(TestUsers.as(director)))
			.andExpect(jsonPath("$.caregiver.checklist.disqualifications", hasItem("GAMBLING_ADDICTION")));
		cases(director, child).andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].status").value("OPEN"))
			.andExpect(jsonPath("$[0].reason").value("CHECKLIST_FAILED"))
			.andExpect(jsonPath("$[0].openedOn").value(today.toString()))
			.andExpect(jsonPath("$[0].reasonDetail", containsString("酗酒")))
			.andExpect(jsonPath("$[0].parentsNotifiedOn").doesNotExist());
		assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'CHILD' and subject_id = ?"
				+ " and detail = '查看委托照护个案'", String.class, String.valueOf(child))).contains("VIEW");
	}

	@Test
	void aPassingOrUncheckedCaregiverOpensNoCase() throws Exception {
		long passing = registered(caregiver("李奶奶", today, checklist(true, true)));
		long unchecked = registered(caregiver("赵爷爷", today, null));
		cases(director, passing).andExpect(jsonPath("$", hasSize(0)));
		cases(director, unchecked).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/children/{id}", unchecked).with(TestUsers.as(director)))
			.andExpect(jsonPath("$.caregiver.checklist").doesNotExist());
	}

	@Test
	void aChecklistFailingOnUpdateOpensACase() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(true, true)));
		replaceCaregiver(child, caregiver("王老汉", today, checklist(false, true))).andExpect(status().isOk());
		cases(director, child).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].reason").value("CHECKLIST_FAILED"))
			.andExpect(jsonPath("$[0].reasonDetail", containsString("未满十八周岁")));
	}

	@Test
	void anUnknownDisqualificationIs400NamingTheFieldAndChangesNothing() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(true, true)));
		String body = mvc.perform(get("/api/v1/children/{id}", child).with(TestUsers.as(director)))
			.andReturn().getResponse().getContentAsString();
		String bad = body.replace("\"disqualifications\":[]", "\"disqualifications\":[\"WITCHCRAFT\"]");
		assertThat(bad).isNotEqualTo(body);
		mvc.perform(put("/api/v1/children/{id}", child).with(TestUsers.as(director)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", containsString("caregiver.checklist.disqualifications")));
		String wrongType = body.replace("\"adult\":true", "\"adult\":\"很老\"");
		mvc.perform(put("/api/v1/children/{id}", child).with(TestUsers.as(director)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(wrongType))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caregiver.checklist.adult"));
		mvc.perform(get("/api/v1/children/{id}", child).with(TestUsers.as(director)))
			.andExpect(jsonPath("$.caregiver.checklist.disqualifications", hasSize(0)))
			.andExpect(jsonPath("$.version").value(JsonPath.<Integer>read(body, "$.version")));
		cases(director, child).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aVisitFindingGuardianshipSeriousOpensOneCase() throws Exception {
		long child = registered(caregiver("王老汉", today, null));
		visit(child, "CONCERN").andExpect(status().isCreated());
		cases(director, child).andExpect(jsonPath("$", hasSize(0)));
		visit(child, "SERIOUS").andExpect(status().isCreated());
		visit(child, "SERIOUS").andExpect(status().isCreated());
		cases(director, child).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].reason").value("VISIT_GUARDIANSHIP_SERIOUS"))
			.andExpect(jsonPath("$[0].reasonDetail").value("祖父长期酗酒，孩子常饿肚子"));
	}

	@Test
	void anAssessmentJudgingTheCaregiverIncapableOpensACase() throws Exception {
		long child = registered(caregiver("王老汉", today, null));
		assess(child, Map.of("guardianship2", "SERIOUS")).andExpect(status().isCreated());
		cases(director, child).andExpect(jsonPath("$", hasSize(0)));
		assess(child, Map.of(CaregiverCaseListener.CAREGIVER_ITEM, "SERIOUS")).andExpect(status().isCreated());
		cases(director, child).andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].reason").value("ASSESSMENT_CAREGIVER_INCAPABLE"));
	}

	ResultActions assess(long child, Map<String, String> changes) throws Exception {
		Map<String, String> answers = new LinkedHashMap<>();
		AssessmentForm.items().forEach(i -> answers.put(i.code(), "NORMAL"));
		answers.putAll(changes);
		return mvc.perform(post("/api/v1/children/{id}/assessments", child).with(TestUsers.as(director)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("assessedOn", today.toString(), "answers", answers))));
	}

	@Test
	void parentsToldThenClosedAsParentReturned() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(true, false)));
		long id = openCaseId(child);
		close(director, id, "{\"outcome\":\"PARENT_RETURNED\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("告知父母")));
		notifyParents(director, id, notified()).andExpect(status().isOk())
			.andExpect(jsonPath("$.parentsNotifiedOn").value(today.toString()))
			.andExpect(jsonPath("$.notifiedHow").value("电话告知父亲，请其另行委托照护人"))
			.andExpect(jsonPath("$.status").value("OPEN"));
		close(director, id, "{\"outcome\":\"PARENT_RETURNED\",\"note\":\"母亲已返乡照料\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.outcome").value("PARENT_RETURNED"))
			.andExpect(jsonPath("$.closedOn").value(today.toString()));
		close(director, id, "{\"outcome\":\"PARENT_RETURNED\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("已结案")));
		notifyParents(director, id, notified()).andExpect(status().isConflict());
		cases(director, child).andExpect(jsonPath("$[0].status").value("CLOSED"))
			.andExpect(jsonPath("$[0].parentsNotifiedOn").value(today.toString()));
		assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'CAREGIVER_CASE'"
				+ " and subject_id = ?", String.class, String.valueOf(id))).contains("CREATE", "UPDATE");
	}

	@Test
	void aClosedCaseLetsANewTriggerOpenAnotherCase() throws Exception {
		long child = registered(caregiver("王老汉", today, null));
		visit(child, "SERIOUS");
		long first = openCaseId(child);
		notifyParents(director, first, notified());
		close(director, first, "{\"outcome\":\"CAREGIVER_IMPROVED\"}").andExpect(status().isOk());
		visit(child, "SERIOUS");
		cases(director, child).andExpect(jsonPath("$", hasSize(2)));
		assertThat(openCaseId(child)).isNotEqualTo(first);
	}

	@Test
	void badNotificationsAre400NamingTheFieldAndChangeNothing() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(false, true)));
		long id = openCaseId(child);
		notifyParents(director, id, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("notifiedOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("how")));
		notifyParents(director, id, "{\"notifiedOn\":\"%s\",\"how\":\"电话\"}".formatted(today.plusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("notifiedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("不能晚于今天"));
		notifyParents(director, id, "{\"notifiedOn\":\"昨天\",\"how\":\"电话\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("notifiedOn"));
		notifyParents(director, id, "{\"notifiedOn\":\"%s\",\"how\":\"   \"}".formatted(today))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("how"));
		notifyParents(director, id, "{\"notifiedOn\":\"%s\",\"how\":\"%s\"}".formatted(today, "长".repeat(1001)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("how"));
		cases(director, child).andExpect(jsonPath("$[0].parentsNotifiedOn").doesNotExist());
	}

	@Test
	void badClosingsAre400() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(false, true)));
		long id = openCaseId(child);
		notifyParents(director, id, notified()).andExpect(status().isOk());
		close(director, id, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		close(director, id, "{\"outcome\":\"GAVE_UP\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		close(director, id, "{\"outcome\":\"PARENT_RETURNED\",\"note\":\"%s\"}".formatted("长".repeat(2001)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
		cases(director, child).andExpect(jsonPath("$[0].status").value("OPEN"));
	}

	@Test
	void aNewCaregiverMustBeAnotherPersonWithASignedConfirmation() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(true, true, CaregiverDisqualification.ABUSE)));
		long id = openCaseId(child);
		notifyParents(director, id, notified()).andExpect(status().isOk());
		close(director, id, "{\"outcome\":\"NEW_CAREGIVER\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("与个案开立时相同")));
		close(director, id, "{\"outcome\":\"CAREGIVER_IMPROVED\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("仍不符合")));
		replaceCaregiver(child, caregiver("李婶", null, checklist(true, true))).andExpect(status().isOk());
		close(director, id, "{\"outcome\":\"NEW_CAREGIVER\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("委托监护责任确认书")));
		replaceCaregiver(child, caregiver("李婶", today, checklist(true, true))).andExpect(status().isOk());
		close(director, id, "{\"outcome\":\"NEW_CAREGIVER\",\"note\":\"改由姑姑照护\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NEW_CAREGIVER"));
	}

	@Test
	void aNewCaregiverWhoFailsTheChecklistDoesNotCloseTheCase() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(false, true)));
		long id = openCaseId(child);
		notifyParents(director, id, notified());
		replaceCaregiver(child, caregiver("张三", today, checklist(true, true, CaregiverDisqualification.DRUG_ADDICTION)))
			.andExpect(status().isOk());
		close(director, id, "{\"outcome\":\"NEW_CAREGIVER\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("吸毒")));
		cases(director, child).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void aStaleVersionIs409() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(false, true)));
		long id = openCaseId(child);
		notifyParents(director, id, "{\"notifiedOn\":\"%s\",\"how\":\"电话\",\"version\":0}".formatted(today))
			.andExpect(status().isOk());
		notifyParents(director, id, "{\"notifiedOn\":\"%s\",\"how\":\"上门\",\"version\":0}".formatted(today))
			.andExpect(status().isConflict());
		cases(director, child).andExpect(jsonPath("$[0].notifiedHow").value("电话"));
	}

	@Test
	void rolesThatDoNotWorkWithChildFilesGet403() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(false, true)));
		long id = openCaseId(child);
		for (Role role : List.of(Role.DEPARTMENT, Role.VIEWER, Role.AUDIT_ADMIN)) {
			CurrentUser user = TestUsers.user(role, village.substring(0, 6));
			cases(user, child).andExpect(status().isForbidden());
			notifyParents(user, id, notified()).andExpect(status().isForbidden());
			close(user, id, "{\"outcome\":\"PARENT_RETURNED\"}").andExpect(status().isForbidden());
		}
		cases(director, child).andExpect(jsonPath("$[0].parentsNotifiedOn").doesNotExist());
	}

	@Test
	void casesOutsideTheJurisdictionAre404() throws Exception {
		long child = registered(caregiver("王老汉", today, checklist(false, true)));
		long id = openCaseId(child);
		cases(otherDirector, child).andExpect(status().isNotFound());
		notifyParents(otherDirector, id, notified()).andExpect(status().isNotFound());
		close(otherDirector, id, "{\"outcome\":\"PARENT_RETURNED\"}").andExpect(status().isNotFound());
		notifyParents(director, Long.MAX_VALUE, notified()).andExpect(status().isNotFound());
		CurrentUser supervisor = TestUsers.supervisor(village.substring(0, 9));
		CurrentUser county = TestUsers.civilAffairs(village.substring(0, 6));
		cases(supervisor, child).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
		notifyParents(supervisor, id, notified()).andExpect(status().isOk());
		close(county, id, "{\"outcome\":\"PARENT_RETURNED\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.closedBy").value(county.displayName()));
	}

	@Test
	void openCasesAreCountedPerRegion() throws Exception {
		String township = unused.township();
		String v = unused.villages(township, 1).get(0);
		director = TestUsers.director(v);
		village = v;
		long a = registered(caregiver("王老汉", today, checklist(false, true)));
		registered(caregiver("王老二", today, checklist(true, true, CaregiverDisqualification.VIOLENCE)));
		registered(caregiver("王老三", today, checklist(true, true)));
		long inCounty = cases.openCases(v.substring(0, 6));
		assertThat(inCounty).isGreaterThanOrEqualTo(2);
		assertThat(cases.openCases(township)).isEqualTo(2);
		assertThat(cases.openCases(v)).isEqualTo(2);
		assertThat(cases.openCases("not a code")).isZero();
		long id = openCaseId(a);
		notifyParents(director, id, notified());
		close(director, id, "{\"outcome\":\"PARENT_RETURNED\"}").andExpect(status().isOk());
		assertThat(cases.openCases(township)).isEqualTo(1);
		assertThat(cases.openCases(v)).isEqualTo(1);
	}
}

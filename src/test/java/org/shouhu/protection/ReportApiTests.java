package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Department;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ProtectionFixtures;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Filing a mandatory report and taking it through its steps over the API, with every refusal. */
@IntegrationTest
class ReportApiTests {

	static final String COUNTY = UnusedRegions.county();
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	ProtectionFixtures protection;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChildManagement children;

	@Autowired
	TestClock clock;

	String village;
	String otherVillage;
	long childId;
	CurrentUser director;
	CurrentUser police;
	CurrentUser countyCivilAffairs;

	@BeforeEach
	void setUp() {
		village = care.village(COUNTY, 0, 0);
		otherVillage = care.village(COUNTY, 1, 0);
		childId = protection.child(village);
		director = ProtectionFixtures.director(village);
		police = ProtectionFixtures.police(COUNTY);
		countyCivilAffairs = ProtectionFixtures.civilAffairs(COUNTY);
	}

	static Map<String, Object> body(Long childId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("situation", "ABANDONMENT_OR_NEGLECT");
		body.put("description", "孩子独自在家三天，邻居发现家中无人照料。");
		body.put("occurredOn", Children.today().minusDays(1).toString());
		body.put("reporterType", "VILLAGE_COMMITTEE");
		body.put("reporterName", "王报告");
		body.put("reporterPhone", "13912345678");
		if (childId != null) {
			body.put("childId", childId);
		}
		return body;
	}

	ResultActions file(CurrentUser user, Object body) throws Exception {
		return mvc.perform(post("/api/v1/reports").with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body)));
	}

	long filed(CurrentUser user, Object body) throws Exception {
		String json = file(user, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	ResultActions step(CurrentUser user, long id, String step, String body) throws Exception {
		return mvc.perform(post("/api/v1/reports/{id}/" + step, id).with(TestUsers.as(user))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	ResultActions read(CurrentUser user, long id) throws Exception {
		return mvc.perform(get("/api/v1/reports/{id}", id).with(TestUsers.as(user)));
	}

	@Test
	void aDirectorReportsAndThePoliceLiaisonHandlesItUntilTheDirectorSeesTheFeedback() throws Exception {
		Instant before = clock.instant();
		String json = file(director, body(childId))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/reports/")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.routedTo", contains("PUBLIC_SECURITY", "CIVIL_AFFAIRS")))
			.andExpect(jsonPath("$.reporterName").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		Instant receivedAt = OffsetDateTime.parse(JsonPath.read(json, "$.receivedAt")).toInstant();
		Instant acceptBy = OffsetDateTime.parse(JsonPath.read(json, "$.acceptBy")).toInstant();
		assertThat(receivedAt).isBetween(before.minusSeconds(1), clock.instant().plusSeconds(1));
		assertThat(Duration.between(receivedAt, acceptBy)).isEqualTo(Duration.ofMinutes(60));

		read(police, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.situation").value("ABANDONMENT_OR_NEGLECT"))
			.andExpect(jsonPath("$.childId").value((int) childId))
			.andExpect(jsonPath("$.villageCode").value(village))
			.andExpect(jsonPath("$.reporterType").value("VILLAGE_COMMITTEE"))
			.andExpect(jsonPath("$.reporterName").value("王报告"))
			.andExpect(jsonPath("$.reporterPhone").value("13912345678"))
			.andExpect(jsonPath("$.overdue").value(false))
			.andExpect(jsonPath("$.mayAccept").value(true));
		read(director, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.reporterName").value(nullValue()))
			.andExpect(jsonPath("$.reporterPhone").value(nullValue()))
			.andExpect(jsonPath("$.mayAccept").value(false));

		step(police, id, "accept", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.acceptedBy").value(police.displayName()))
			.andExpect(jsonPath("$.acceptedAt").isNotEmpty());
		step(police, id, "actions", "{\"takenOn\":\"" + Children.today() + "\",\"description\":\"民警到户核查，联系其父母。\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.actions[0].description").value("民警到户核查，联系其父母。"))
			.andExpect(jsonPath("$.actions[0].by").value(police.displayName()))
			.andExpect(jsonPath("$.actions[0].takenOn").value(Children.today().toString()));
		step(police, id, "conclude", "{\"result\":\"经核实，父母长期外出未委托照护，已安置至亲属家中。\",\"harmConfirmed\":false}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONCLUDED"))
			.andExpect(jsonPath("$.harmConfirmed").value(false))
			.andExpect(jsonPath("$.mayGiveFeedback").value(true));
		step(countyCivilAffairs, id, "feedback", "{\"message\":\"已处置，孩子已由亲属照料，感谢您的报告。\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FEEDBACK_GIVEN"))
			.andExpect(jsonPath("$.feedbackBy").value(countyCivilAffairs.displayName()));

		read(director, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FEEDBACK_GIVEN"))
			.andExpect(jsonPath("$.feedback").value("已处置，孩子已由亲属照料，感谢您的报告。"))
			.andExpect(jsonPath("$.acceptedBy").value(police.displayName()))
			.andExpect(jsonPath("$.actions[0].description").value("民警到户核查，联系其父母。"))
			.andExpect(jsonPath("$.result").value("经核实，父母长期外出未委托照护，已安置至亲属家中。"))
			.andExpect(jsonPath("$.reporterName").value(nullValue()));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'REPORT' and subject_id = ?"
				+ " and action = 'VIEW' and outcome = 'SUCCESS'", Long.class, String.valueOf(id))).isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'REPORT' and subject_id = ?"
				+ " and action = 'UPDATE'", Long.class, String.valueOf(id))).isEqualTo(4);
	}

	@Test
	void everyStepOutOfOrderIs409AndNothingChanges() throws Exception {
		long id = filed(director, body(childId));
		String action = "{\"takenOn\":\"" + Children.today() + "\",\"description\":\"核查\"}";
		String conclude = "{\"result\":\"办结\",\"harmConfirmed\":false}";
		String feedback = "{\"message\":\"反馈\"}";
		step(police, id, "actions", action).andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("当前状态不允许此操作"));
		step(police, id, "conclude", conclude).andExpect(status().isConflict());
		step(police, id, "feedback", feedback).andExpect(status().isConflict());
		step(police, id, "accept", "{}").andExpect(status().isOk());
		step(police, id, "accept", "{}").andExpect(status().isConflict());
		step(police, id, "feedback", feedback).andExpect(status().isConflict());
		step(police, id, "conclude", conclude).andExpect(status().isOk());
		step(police, id, "actions", action).andExpect(status().isConflict());
		step(police, id, "conclude", conclude).andExpect(status().isConflict());
		step(police, id, "accept", "{}").andExpect(status().isConflict());
		step(police, id, "feedback", feedback).andExpect(status().isOk());
		step(police, id, "feedback", feedback).andExpect(status().isConflict());
		read(police, id).andExpect(jsonPath("$.status").value("FEEDBACK_GIVEN"))
			.andExpect(jsonPath("$.actions").isEmpty());
	}

	@Test
	void theFilerMayNotTakeAReceiversStepAndOutsidersDoNotSeeTheReport() throws Exception {
		long id = filed(director, body(childId));
		step(director, id, "accept", "{}").andExpect(status().isForbidden());
		CurrentUser otherDirector = ProtectionFixtures.director(otherVillage);
		CurrentUser otherCountyPolice = ProtectionFixtures.police("610331");
		for (CurrentUser outsider : new CurrentUser[] { otherDirector, otherCountyPolice }) {
			step(outsider, id, "accept", "{}").andExpect(status().isNotFound());
			read(outsider, id).andExpect(status().isNotFound());
		}
		step(police, id, "accept", "{}").andExpect(status().isOk());
		step(director, id, "actions", "{\"takenOn\":\"" + Children.today() + "\",\"description\":\"核查\"}")
			.andExpect(status().isForbidden());
		step(director, id, "conclude", "{\"result\":\"办结\",\"harmConfirmed\":true}").andExpect(status().isForbidden());
		read(police, id).andExpect(jsonPath("$.status").value("ACCEPTED")).andExpect(jsonPath("$.actions").isEmpty());
		mvc.perform(get("/api/v1/reports/{id}", 987654321L).with(TestUsers.as(police))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/{id}", id).with(TestUsers.as(TestUsers.user(org.shouhu.account.Role.VIEWER,
				COUNTY)))).andExpect(status().isForbidden());
	}

	@Test
	void badInputNamesEveryFieldAndStoresNothing() throws Exception {
		String marker = "无效-" + UUID.randomUUID();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("description", marker);
		body.put("occurredOn", Children.today().plusDays(1).toString());
		body.put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString());
		body.put("reporterPhone", "12ab");
		body.put("reporterName", "名\u0007字");
		file(director, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("situation", "occurredOn", "receivedAt",
					"reporterType", "reporterName", "reporterPhone", "childId")));

		Map<String, Object> both = body(childId);
		both.put("description", marker);
		both.put("childName", "张小明");
		both.put("villageCode", village);
		file(director, both).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("childId")));

		Map<String, Object> unfiled = body(null);
		unfiled.put("description", marker);
		unfiled.put("childName", "张小明");
		unfiled.put("villageCode", otherVillage);
		file(director, unfiled).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("villageCode"));
		unfiled.put("villageCode", COUNTY);
		file(director, unfiled).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("villageCode"));
		unfiled.remove("villageCode");
		file(director, unfiled).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("villageCode"));

		Map<String, Object> tooLong = body(childId);
		tooLong.put("description", marker + "长".repeat(2000));
		file(director, tooLong).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));

		Map<String, Object> wrongType = body(childId);
		wrongType.put("description", marker);
		wrongType.put("situation", 3);
		file(director, wrongType).andExpect(status().isBadRequest());
		wrongType.put("situation", "NOT_A_SITUATION");
		file(director, wrongType).andExpect(status().isBadRequest());

		Map<String, Object> future = body(childId);
		future.put("description", marker);
		future.put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(1).toString());
		file(countyCivilAffairs, future).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));

		assertThat(jdbc.queryForObject("select count(*) from protection_report where description like ?", Long.class,
				marker + "%")).isZero();
	}

	@Test
	void aFileOutsideTheJurisdictionOrUnknownIs404AndAnExitedFile400() throws Exception {
		CurrentUser otherDirector = ProtectionFixtures.director(otherVillage);
		file(otherDirector, body(childId)).andExpect(status().isNotFound());
		file(director, body(987654321L)).andExpect(status().isNotFound());
		long exited = protection.child(village);
		CareFixtures.as(TestUsers.civilAffairs("CN"), () -> children.exit(exited, ExitReason.MOVED_AWAY,
				Children.today(), null));
		file(director, body(exited)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("childId"));
	}

	@Test
	void theHotlineLogsACallThatCameInEarlierAndItsDeadlineCountsFromThen() throws Exception {
		OffsetDateTime call = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(90)),
				ZoneOffset.ofHours(8)).withNano(0);
		Map<String, Object> body = body(null);
		body.put("reporterType", "HOTLINE");
		body.put("receivedAt", call.toString());
		body.put("occurredOn", LocalDate.ofInstant(call.toInstant(), TestClock.CHINA).toString());
		body.put("childName", "赵小花");
		body.put("villageCode", village);
		String json = file(countyCivilAffairs, body).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		assertThat(OffsetDateTime.parse(JsonPath.read(json, "$.receivedAt")).toInstant()).isEqualTo(call.toInstant());
		assertThat(OffsetDateTime.parse(JsonPath.read(json, "$.acceptBy")).toInstant())
			.isEqualTo(call.toInstant().plus(Duration.ofMinutes(60)));
		read(police, id).andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.childId").value(nullValue()))
			.andExpect(jsonPath("$.childName").value("赵小花"));

		Map<String, Object> byDirector = body(childId);
		byDirector.put("receivedAt", call.toString());
		file(director, byDirector).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("热线")));
	}

	@Test
	void aDepartmentLiaisonFilesAboutAChildNotYetOnFileInTheirCounty() throws Exception {
		CurrentUser teacherLiaison = ProtectionFixtures.liaison(Department.EDUCATION, COUNTY);
		Map<String, Object> body = body(null);
		body.put("reporterType", "SCHOOL");
		body.put("childName", "钱小二");
		body.put("villageCode", otherVillage);
		file(teacherLiaison, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.routedTo", contains("PUBLIC_SECURITY", "CIVIL_AFFAIRS", "EDUCATION")));
		file(teacherLiaison, body(childId)).andExpect(status().isCreated());
	}

	@Test
	void theReportersNameAndPhoneAppearInNoListNoTaskAndNoAuditDetail() throws Exception {
		Map<String, Object> body = body(childId);
		String name = "保密" + UUID.randomUUID().toString().substring(0, 6);
		body.put("reporterName", name);
		body.put("reporterPhone", "0917-8881234");
		long id = filed(director, body);
		for (CurrentUser user : new CurrentUser[] { director, police, countyCivilAffairs }) {
			String list = mvc.perform(get("/api/v1/reports").param("status", "RECEIVED").param("overdue", "false")
				.param("size", "200").with(TestUsers.as(user))).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)))
				.andReturn().getResponse().getContentAsString();
			assertThat(list).doesNotContain(name).doesNotContain("0917-8881234").doesNotContain("reporterName");
			String tasks = mvc.perform(get("/api/v1/tasks").with(TestUsers.as(user))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(tasks).doesNotContain(name).doesNotContain("0917-8881234");
		}
		step(police, id, "accept", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.reporterName").value(name));
		assertThat(step(director, id, "accept", "{}").andReturn().getResponse().getContentAsString())
			.doesNotContain(name);
		assertThat(read(director, id).andReturn().getResponse().getContentAsString()).doesNotContain(name)
			.doesNotContain("0917-8881234");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ? or detail like ?",
				Long.class, "%" + name + "%", "%0917-8881234%")).isZero();
		assertThat(jdbc.queryForObject("select count(*) from protection_report where reporter_name like ?"
				+ " or reporter_phone like ?", Long.class, "%" + name + "%", "%8881234%")).isZero();
	}

	@Test
	void aDepartmentLiaisonHasAToDoList() throws Exception {
		mvc.perform(get("/api/v1/tasks").with(TestUsers.as(police))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports").with(TestUsers.as(police))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports").param("size", "500").with(TestUsers.as(police)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/reports").param("status", "NOPE").with(TestUsers.as(police)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/reports").param("overdue", "maybe").with(TestUsers.as(police)))
			.andExpect(status().isBadRequest());
	}
}

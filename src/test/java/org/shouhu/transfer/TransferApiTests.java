package org.shouhu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.VisitType;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
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

/**
 * File transfers over the API (API.md transfers): each side asks (the receiving side by ID number, the holding side
 * by the file), every refusal by role, side and state, and what accepting does: the file moves with its history and
 * visits, the old side answers 404, the care to-do items follow; rejecting leaves the file where it is.
 */
@IntegrationTest
class TransferApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnusedRegions unused;

	@Autowired
	CareFixtures care;

	@Autowired
	ChildManagement children;

	@Autowired
	JdbcTemplate jdbc;

	final LocalDate today = Children.today();

	/** The holding side: the file lives in {@code fromVillage} of {@code fromTownship}. */
	String fromTownship;
	String fromVillage;
	/** The receiving side, another township. */
	String toTownship;
	String toVillage;
	CurrentUser fromDirector;
	CurrentUser fromSupervisor;
	CurrentUser toDirector;
	CurrentUser toSupervisor;
	ChildFile file;
	long childId;

	@BeforeEach
	void files() {
		fromTownship = unused.township();
		fromVillage = unused.villages(fromTownship, 1).get(0);
		toTownship = unused.township();
		toVillage = unused.villages(toTownship, 1).get(0);
		fromDirector = TestUsers.director(fromVillage);
		fromSupervisor = TestUsers.supervisor(fromTownship);
		toDirector = TestUsers.director(toVillage);
		toSupervisor = TestUsers.supervisor(toTownship);
		file = Children.leftBehindWithGrandparents().village(fromVillage).build();
		childId = care.register(fromDirector, file);
	}

	@Test
	void theReceivingSideAsksByIdNumberAndLearnsOnlyTheTownship() throws Exception {
		String body = request(toDirector, byIdNumber(file.idNumber(), toVillage, "随父母迁居"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.requestedSide").value("RECEIVING"))
			.andExpect(jsonPath("$.fromTownship").value(unused.fullName(fromTownship)))
			.andExpect(jsonPath("$.toVillageCode").value(toVillage))
			.andExpect(jsonPath("$.childName").doesNotExist())
			.andExpect(jsonPath("$.childId").doesNotExist())
			.andExpect(jsonPath("$.fromVillageCode").doesNotExist())
			.andExpect(jsonPath("$.idNumber").value(file.idNumber().substring(0, 6) + "********"
					+ file.idNumber().substring(14)))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(file.name()).doesNotContain(fromVillage);
		long id = id(body);
		mvc.perform(get("/api/v1/transfers").param("direction", "incoming").with(TestUsers.as(toDirector)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].childName").doesNotExist())
			.andExpect(jsonPath("$.items[0].reason").value("随父母迁居"));
		mvc.perform(get("/api/v1/transfers").param("direction", "outgoing").with(TestUsers.as(fromDirector)))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].childName").value(file.name()))
			.andExpect(jsonPath("$.items[0].canDecide").value(false));
		mvc.perform(get("/api/v1/transfers/{id}", id).with(TestUsers.as(fromSupervisor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.canDecide").value(true));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'TRANSFER'"
				+ " and subject_id = ? and action = 'VIEW'", Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void acceptingMovesTheFileWithItsHistoryVisitsAndToDoItems() throws Exception {
		care.visit(fromDirector, childId, CareFixtures.normal(VisitType.CONTACT, today.minusDays(12)));
		assertThat(taskTypes(fromDirector)).contains("CONTACT_OVERDUE");
		long id = id(request(toDirector, byIdNumber(file.idNumber(), toVillage, "随父母迁居"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		assertThat(decisionTypes(fromSupervisor)).contains(id);

		decide(fromSupervisor, id, "accept", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.decidedBy").value(fromSupervisor.actorName()));

		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(fromDirector)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/children").with(TestUsers.as(fromSupervisor)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) childId))));
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(toDirector)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.villageCode").value(toVillage))
			.andExpect(jsonPath("$.name").value(file.name()));
		mvc.perform(get("/api/v1/children/{id}/history", childId).with(TestUsers.as(toDirector)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value(fromSupervisor.actorName()))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'villageCode')].to",
					hasItem(containsString(toVillage))))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'transfer')].from",
					hasItem("迁出：" + unused.fullName(fromVillage))))
			.andExpect(jsonPath("$[0].changes[?(@.field == 'transfer')].to",
					hasItem(containsString("迁入：" + unused.fullName(toVillage) + "；原因：随父母迁居"))))
			.andExpect(jsonPath("$[1]").exists());
		mvc.perform(get("/api/v1/children/{id}/visits", childId).with(TestUsers.as(toDirector)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].visitedOn").value(today.minusDays(12).toString()));
		assertThat(taskTypes(toDirector)).contains("CONTACT_OVERDUE");
		assertThat(taskTypes(fromDirector)).doesNotContain("CONTACT_OVERDUE");
		assertThat(decisionTypes(fromSupervisor)).doesNotContain(id);
		mvc.perform(get("/api/v1/transfers/{id}", id).with(TestUsers.as(toDirector)))
			.andExpect(jsonPath("$.childName").value(file.name()))
			.andExpect(jsonPath("$.childId").value(childId));
		mvc.perform(get("/api/v1/transfers/{id}", id).with(TestUsers.as(fromDirector)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.childName").doesNotExist());
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'TRANSFER'"
				+ " and subject_id = ? and action = 'UPDATE'", Long.class, String.valueOf(id))).isEqualTo(1);
		decide(fromSupervisor, id, "accept", "{}").andExpect(status().isConflict());
	}

	@Test
	void theHoldingSideAsksByFileForAnyVillageAndTheReceivingSideDecides() throws Exception {
		String far = unused.village();
		CurrentUser farCivil = TestUsers.supervisor(far.substring(0, 9));
		long id = id(request(fromDirector, byChild(childId, far, "随母亲到外地生活"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.requestedSide").value("HOLDING"))
			.andExpect(jsonPath("$.fromTownship").value(unused.fullName(fromTownship)))
			.andExpect(jsonPath("$.childName").value(file.name()))
			.andReturn().getResponse().getContentAsString());
		decide(fromSupervisor, id, "accept", "{}").andExpect(status().isForbidden());
		assertThat(decisionTypes(farCivil)).contains(id);
		mvc.perform(get("/api/v1/transfers/{id}", id).with(TestUsers.as(farCivil)))
			.andExpect(jsonPath("$.childName").doesNotExist())
			.andExpect(jsonPath("$.canDecide").value(true));
		decide(farCivil, id, "accept", null).andExpect(status().isOk());
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(farCivil)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.villageCode").value(far));
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(fromDirector)))
			.andExpect(status().isNotFound());
	}

	@Test
	void rejectingLeavesTheFileWhereItIs() throws Exception {
		long id = id(request(toDirector, byIdNumber(file.idNumber(), toVillage, "随父母迁居"))
			.andReturn().getResponse().getContentAsString());
		decide(fromSupervisor, id, "reject", "{\"reason\":\"孩子仍在本村上学\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.decisionNote").value("孩子仍在本村上学"));
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(fromDirector)))
			.andExpect(status().isOk()).andExpect(jsonPath("$.villageCode").value(fromVillage));
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(toDirector)))
			.andExpect(status().isNotFound());
		decide(fromSupervisor, id, "accept", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已拒绝")));
		// once decided, the child may be asked for again
		request(toDirector, byIdNumber(file.idNumber(), toVillage, "再次申请")).andExpect(status().isCreated());
	}

	@Test
	void refusesDecisionsByTheWrongRoleTheAskingSideAndStrangers() throws Exception {
		long id = id(request(toDirector, byIdNumber(file.idNumber(), toVillage, "随父母迁居"))
			.andReturn().getResponse().getContentAsString());
		decide(fromDirector, id, "accept", "{}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("民政工作人员或督导员")));
		decide(toSupervisor, id, "accept", "{}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("另一方")));
		CurrentUser stranger = TestUsers.supervisor(unused.village().substring(0, 9));
		decide(stranger, id, "accept", "{}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/transfers/{id}", id).with(TestUsers.as(stranger))).andExpect(status().isNotFound());
		decide(TestUsers.user(Role.AUDIT_ADMIN, "CN"), id, "accept", "{}").andExpect(status().isForbidden());
		decide(fromSupervisor, 99_999_999L, "accept", "{}").andExpect(status().isNotFound());
		decide(fromSupervisor, id, "reject", "{\"reason\":\"" + "长".repeat(501) + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(jdbc.queryForObject("select status from child_transfer where id = ?", String.class, id))
			.isEqualTo("REQUESTED");
	}

	@Test
	void refusesBadRequestsAndChangesNothing() throws Exception {
		request(toDirector, byIdNumber(file.idNumber(), toVillage, " ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		request(toDirector, "{\"toVillageCode\":\"" + toVillage + "\",\"reason\":\"迁居\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		request(toDirector, "{\"idNumber\":\"" + file.idNumber() + "\",\"childId\":" + childId
				+ ",\"toVillageCode\":\"" + toVillage + "\",\"reason\":\"迁居\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("childId"));
		request(toDirector, byIdNumber(org.shouhu.testing.IdNumbers.withWrongCheck(file.idNumber()), toVillage, "迁居")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		request(toDirector, byIdNumber(Children.atHome().build().idNumber(), toVillage, "迁居"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("没有该身份证号码的档案")));
		request(toDirector, byIdNumber(file.idNumber(), unused.village(), "迁居")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("本辖区")));
		request(toDirector, byIdNumber(file.idNumber(), toTownship, "迁居")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("toVillageCode"));
		request(fromDirector, byChild(childId, fromVillage, "迁居")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("无需转移")));
		request(toDirector, byChild(childId, toVillage, "迁居")).andExpect(status().isNotFound());
		request(TestUsers.user(Role.VIEWER, "CN"), byChild(childId, toVillage, "迁居"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/transfers").param("direction", "sideways").with(TestUsers.as(toDirector)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("direction"));
		assertThat(jdbc.queryForObject("select count(*) from child_transfer where child_id = ?", Long.class, childId))
			.isZero();
	}

	@Test
	void whoeverAskedMayWithdrawBeforeTheDecision() throws Exception {
		long id = id(request(toDirector, byIdNumber(file.idNumber(), toVillage, "随父母迁居"))
			.andExpect(jsonPath("$.canWithdraw").value(true)).andReturn().getResponse().getContentAsString());
		decide(fromSupervisor, id, "withdraw", null).andExpect(status().isForbidden());
		decide(toDirector, id, "withdraw", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.canWithdraw").value(false));
		decide(toDirector, id, "withdraw", null).andExpect(status().isConflict());
		decide(fromSupervisor, id, "accept", "{}").andExpect(status().isConflict());
		assertThat(decisionTypes(fromSupervisor)).doesNotContain(id);
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(fromDirector)))
			.andExpect(jsonPath("$.villageCode").value(fromVillage));
		request(fromDirector, byChild(childId, toVillage, "随父母迁居")).andExpect(status().isCreated());
	}

	@Test
	void oneOpenTransferPerChild() throws Exception {
		request(toDirector, byIdNumber(file.idNumber(), toVillage, "随父母迁居")).andExpect(status().isCreated());
		request(fromDirector, byChild(childId, unused.village(), "随母亲迁居")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("待处理的转移申请")));
	}

	@Test
	void anExitedFileMovesExitedAndTheNewSideMayReactivateIt() throws Exception {
		CareFixtures.as(fromDirector, () -> children.exit(childId, ExitReason.MOVED_AWAY, today, null));
		long id = id(request(toDirector, byIdNumber(file.idNumber(), toVillage, "回到户籍地生活"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		decide(fromSupervisor, id, "accept", "{}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(toDirector)))
			.andExpect(jsonPath("$.status").value("EXITED"))
			.andExpect(jsonPath("$.villageCode").value(toVillage));
	}

	private ResultActions request(CurrentUser user, String body) throws Exception {
		return mvc.perform(post("/api/v1/transfers").with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions decide(CurrentUser user, long id, String action, String body) throws Exception {
		var request = post("/api/v1/transfers/{id}/" + action, id).with(TestUsers.as(user));
		return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static String byIdNumber(String idNumber, String village, String reason) {
		return "{\"idNumber\":\"" + idNumber + "\",\"toVillageCode\":\"" + village + "\",\"reason\":\"" + reason
				+ "\"}";
	}

	static String byChild(long childId, String village, String reason) {
		return "{\"childId\":" + childId + ",\"toVillageCode\":\"" + village + "\",\"reason\":\"" + reason + "\"}";
	}

	static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private List<String> taskTypes(CurrentUser user) throws Exception {
		String body = mvc.perform(get("/api/v1/tasks").with(TestUsers.as(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[?(@.childId == " + childId + ")].type");
	}

	private List<Long> decisionTypes(CurrentUser user) throws Exception {
		String body = mvc.perform(get("/api/v1/tasks").with(TestUsers.as(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(body, "$[?(@.type == 'TRANSFER_TO_DECIDE')].transferId");
		return ids.stream().map(Number::longValue).toList();
	}
}

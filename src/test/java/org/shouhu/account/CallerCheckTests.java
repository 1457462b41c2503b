package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Children;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one caller check ({@link Callers}) as every module's entries answer it: a role that does not work with child
 * files is refused (403, with the module's Chinese text), a file outside the caller's jurisdiction is not found (404),
 * and the audit trail refuses everybody but audit admins.
 */
@IntegrationTest
class CallerCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void childAndCareEntriesRefuseOtherRolesWith403AndFilesOutsideTheJurisdictionWith404() throws Exception {
		TestUsers.login(TestUsers.director(TestVillages.A));
		long id = children.register(Children.leftBehindWithGrandparents().build()).id();
		TestUsers.logout();
		CurrentUser viewer = TestUsers.user(Role.VIEWER, "CN");
		CurrentUser auditor = TestUsers.user(Role.AUDIT_ADMIN, "CN");
		CurrentUser otherVillage = TestUsers.director(TestVillages.B);
		CurrentUser otherCounty = TestUsers.civilAffairs("610331");
		List<String> entries = List.of("/api/v1/children/" + id, "/api/v1/children/" + id + "/history",
				"/api/v1/children/" + id + "/visits", "/api/v1/children/" + id + "/visit-schedule",
				"/api/v1/children/" + id + "/problems", "/api/v1/children/" + id + "/assessments");
		for (String entry : entries) {
			mvc.perform(get(entry).with(TestUsers.as(viewer))).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").isNotEmpty());
			mvc.perform(get(entry).with(TestUsers.as(auditor))).andExpect(status().isForbidden());
			mvc.perform(get(entry).with(TestUsers.as(otherVillage))).andExpect(status().isNotFound());
			mvc.perform(get(entry).with(TestUsers.as(otherCounty))).andExpect(status().isNotFound());
			mvc.perform(get(entry).with(TestUsers.as(TestUsers.supervisor(TestVillages.TOWNSHIP))))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/children").with(TestUsers.as(viewer))).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("您的角色不能查看或办理儿童档案"));
		mvc.perform(get("/api/v1/children/" + id + "/visits").with(TestUsers.as(viewer)))
			.andExpect(jsonPath("$.detail").value("您的角色不能办理儿童走访和关爱工作"));
		mvc.perform(get("/api/v1/work-logs").with(TestUsers.as(viewer))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/close-attention").with(TestUsers.as(viewer))).andExpect(status().isForbidden());
	}

	@Test
	void theAuditTrailRefusesEveryoneButAuditAdmins() throws Exception {
		for (Role role : List.of(Role.CHILD_DIRECTOR, Role.CIVIL_AFFAIRS, Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN,
				Role.VIEWER)) {
			String jurisdiction = role == Role.CHILD_DIRECTOR ? TestVillages.A : TestVillages.COUNTY;
			mvc.perform(get("/api/v1/audit-events").with(TestUsers.as(TestUsers.user(role, jurisdiction))))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/audit-events").with(TestUsers.as(TestUsers.user(Role.AUDIT_ADMIN, "CN"))))
			.andExpect(status().isOk());
	}

	@Test
	void namesTheActorByDisplayNameAndChecksRegionsByPrefix() {
		CurrentUser named = new CurrentUser(1, "zr001", "张主任", Set.of(Role.CHILD_DIRECTOR),
				TestVillages.TOWNSHIP, null);
		CurrentUser unnamed = new CurrentUser(2, "zr002", " ", Set.of(Role.CHILD_DIRECTOR),
				TestVillages.TOWNSHIP, null);
		assertThat(named.actorName()).isEqualTo("张主任");
		assertThat(unnamed.actorName()).isEqualTo("zr002");
		assertThat(named.covers(TestVillages.A)).isTrue();
		assertThat(named.covers(TestVillages.OTHER_TOWNSHIP)).isFalse();
		assertThat(named.covers(TestVillages.COUNTY)).isFalse();
	}
}

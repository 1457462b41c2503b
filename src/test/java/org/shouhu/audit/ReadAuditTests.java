package org.shouhu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every read of a child's personal data, and every refusal by role, leaves an audit record. */
@IntegrationTest
class ReadAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readingAFilesHistoryVisitsAndProblemsIsRecordedAsAView() throws Exception {
		CurrentUser director = accounts.create("readhist", Set.of(Role.CHILD_DIRECTOR), TestVillages.B);
		long child = care.register(director, Children.leftBehindWithGrandparents().village(TestVillages.B).build());
		String bearer = accounts.bearer(director);

		for (String part : List.of("history", "visits", "problems")) {
			mvc.perform(get("/api/v1/children/{id}/" + part, child).header("Authorization", bearer))
				.andExpect(status().isOk());
		}

		assertThat(events(director.username(), child)).extracting(e -> e.get("detail"))
			.contains("查看变更历史", "查看走访记录", "查看走访发现的问题");
		assertThat(events(director.username(), child)).allSatisfy(e -> {
			assertThat(e.get("action")).isEqualTo("VIEW");
			assertThat(e.get("outcome")).isEqualTo("SUCCESS");
		});
	}

	@Test
	void aSearchByAFullIdNumberIsRecordedWithoutTheNumber() throws Exception {
		CurrentUser director = accounts.create("readid", Set.of(Role.CHILD_DIRECTOR), TestVillages.B);
		Children.Builder file = Children.leftBehindWithGrandparents().village(TestVillages.B);
		long child = care.register(director, file.build());
		String bearer = accounts.bearer(director);

		mvc.perform(get("/api/v1/children").param("q", file.idNumber()).header("Authorization", bearer))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/children").param("q", Children.leftBehindWithGrandparents().idNumber())
			.header("Authorization", bearer)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/children").param("q", "张").header("Authorization", bearer))
			.andExpect(status().isOk());

		List<Map<String, Object>> searches = jdbc.queryForList(
				"select subject_id, detail from audit_event where actor = ? and detail like '按完整身份证号查询%' order by id",
				director.username());
		assertThat(searches).hasSize(2);
		assertThat(searches.get(0).get("subject_id")).isEqualTo(String.valueOf(child));
		assertThat(searches.get(0).get("detail")).isEqualTo("按完整身份证号查询，1 条结果");
		assertThat(searches.get(1).get("subject_id")).isNull();
		assertThat(searches.get(1).get("detail")).isEqualTo("按完整身份证号查询，0 条结果");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ?", Integer.class,
				"%" + file.idNumber() + "%")).isZero();
	}

	@Test
	void aReadRefusedByRoleIsRecordedAsDeniedOnTheApiAndThePages() throws Exception {
		CurrentUser director = accounts.create("readowner", Set.of(Role.CHILD_DIRECTOR), TestVillages.B);
		long child = care.register(director, Children.leftBehindWithGrandparents().village(TestVillages.B).build());
		CurrentUser viewer = accounts.create("readviewer", Set.of(Role.VIEWER), TestVillages.COUNTY);

		mvc.perform(get("/api/v1/children/{id}", child).header("Authorization", accounts.bearer(viewer)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/children/{id}", child).with(accounts.as(viewer))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit-events").header("Authorization", accounts.bearer(viewer)))
			.andExpect(status().isForbidden());

		List<Map<String, Object>> denied = jdbc.queryForList(
				"select action, subject_type, subject_id, detail from audit_event where actor = ? and outcome = 'DENIED'"
						+ " order by id", viewer.username());
		assertThat(denied).hasSize(3);
		assertThat(denied.get(0)).containsEntry("action", "VIEW").containsEntry("subject_type", "CHILD")
			.containsEntry("subject_id", String.valueOf(child))
			.containsEntry("detail", "被拒绝的请求 GET /api/v1/children/" + child);
		assertThat(denied.get(1)).containsEntry("subject_id", String.valueOf(child))
			.containsEntry("detail", "被拒绝的请求 GET /children/" + child);
		assertThat(denied.get(2)).containsEntry("action", "VIEW").containsEntry("subject_type", null)
			.containsEntry("detail", "被拒绝的请求 GET /api/v1/audit-events");

		CurrentUser auditor = accounts.create("readauditor", Set.of(Role.AUDIT_ADMIN), TestVillages.COUNTY);
		mvc.perform(get("/audit").param("actor", viewer.username()).with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("被拒绝的请求 GET /api/v1/audit-events")));
	}

	@Test
	void aWriteRefusedByRoleIsRecordedOnce() throws Exception {
		CurrentUser viewer = accounts.create("writeviewer", Set.of(Role.VIEWER), TestVillages.COUNTY);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/work-logs")
			.header("Authorization", accounts.bearer(viewer)).contentType("application/json")
			.content("{\"workedOn\":\"2026-01-05\",\"content\":\"走访\"}"))
			.andExpect(status().isForbidden());

		assertThat(jdbc.queryForList("select action from audit_event where actor = ? and outcome = 'DENIED'",
				String.class, viewer.username())).containsExactly("CREATE");
	}

	private List<Map<String, Object>> events(String actor, long child) {
		return jdbc.queryForList("select action, outcome, detail from audit_event where actor = ? and subject_type ="
				+ " 'CHILD' and subject_id = ? and action = 'VIEW' order by id", actor, String.valueOf(child));
	}
}

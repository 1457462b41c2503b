package org.shouhu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditTrailAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void auditAdminReadsEventsNewestFirstWithFilters() throws Exception {
		CurrentUser auditor = accounts.create("auditor", Set.of(Role.AUDIT_ADMIN), "610330");
		String subject = UUID.randomUUID().toString();
		trail.record("someone", AuditAction.VIEW, AuditTrail.CHILD, subject, AuditOutcome.SUCCESS, "first");
		trail.record("someone", AuditAction.UPDATE, AuditTrail.CHILD, subject, AuditOutcome.SUCCESS, "second");

		String bearer = accounts.bearer(auditor);
		mvc.perform(get("/api/v1/audit-events").param("subjectType", "CHILD").param("subjectId", subject)
			.header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].action").value("UPDATE"))
			.andExpect(jsonPath("$.items[0].actor").value("someone"))
			.andExpect(jsonPath("$.items[0].subjectType").value("CHILD"))
			.andExpect(jsonPath("$.items[0].subjectId").value(subject))
			.andExpect(jsonPath("$.items[0].outcome").value("SUCCESS"))
			.andExpect(jsonPath("$.items[0].at").exists())
			.andExpect(jsonPath("$.items[1].action").value("VIEW"))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.hasNext").value(false));
		mvc.perform(get("/api/v1/audit-events").param("subjectId", subject).param("action", "VIEW").param("size", "1")
			.header("Authorization", bearer))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].detail").value("first"));
		mvc.perform(get("/api/v1/audit-events").param("subjectId", subject).param("from", "2000-01-01")
			.param("to", "2000-12-31").header("Authorization", bearer))
			.andExpect(jsonPath("$.items.length()").value(0));
		mvc.perform(get("/api/v1/audit-events").param("from", "yesterday").header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/audit-events").param("action", "SMILE").header("Authorization", bearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
	}

	@Test
	void otherRolesIncludingOtherAdminsAreRefused() throws Exception {
		CurrentUser admin = accounts.create("secsys", EnumSet.of(Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN), "CN");
		mvc.perform(get("/api/v1/audit-events").header("Authorization", accounts.bearer(admin)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("无权操作"));
		CurrentUser civil = accounts.create("civil", Set.of(Role.CIVIL_AFFAIRS), "610330");
		mvc.perform(get("/api/v1/audit-events").header("Authorization", accounts.bearer(civil)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit-events")).andExpect(status().isUnauthorized());
		mvc.perform(get("/audit").with(accounts.as(admin))).andExpect(status().isForbidden());
	}

	@Test
	void offersNoWayToDeleteEvents() throws Exception {
		CurrentUser auditor = accounts.create("nodelete", Set.of(Role.AUDIT_ADMIN), "610330");
		mvc.perform(delete("/api/v1/audit-events").header("Authorization", accounts.bearer(auditor)))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void auditPageShowsEventsWithFilters() throws Exception {
		CurrentUser auditor = accounts.create("auditpage", Set.of(Role.AUDIT_ADMIN), "610330");
		String actor = "pageactor-" + UUID.randomUUID().toString().substring(0, 8);
		trail.record(actor, AuditAction.EXPORT, AuditTrail.CHILD, "42", AuditOutcome.SUCCESS, "导出凤县名单");
		mvc.perform(get("/audit").param("actor", actor).with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导出凤县名单")))
			.andExpect(content().string(containsString("导出")))
			.andExpect(content().string(containsString("儿童档案 #42")));
		mvc.perform(get("/audit").param("from", "bad").with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式应为")));
	}

	@Test
	void retentionPurgesOnlyEventsOlderThanTheRetentionPeriod() {
		String old = "old-" + UUID.randomUUID();
		String recent = "recent-" + UUID.randomUUID();
		trail.record("retention", AuditAction.VIEW, AuditTrail.CHILD, old, AuditOutcome.SUCCESS, null);
		trail.record("retention", AuditAction.VIEW, AuditTrail.CHILD, recent, AuditOutcome.SUCCESS, null);
		jdbc.update("update audit_event set at = ? where subject_id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(181))), old);
		jdbc.update("update audit_event set at = ? where subject_id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(179))), recent);

		retention.purge();

		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class, old)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class, recent))
			.isEqualTo(1);
	}

	@Test
	void retentionIsNeverShorterThan180Days() {
		assertThat(new AuditRetention(jdbc, null, null, 30).retentionDays()).isEqualTo(180);
		assertThat(new AuditRetention(jdbc, null, null, 400).retentionDays()).isEqualTo(400);
	}
}

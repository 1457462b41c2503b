package org.shouhu.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page names people and subjects so an audit admin can read it without looking ids up. */
@PageTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail trail;

	CurrentUser auditor;

	@BeforeEach
	void auditor() {
		auditor = accounts.create("pageauditor", Set.of(Role.AUDIT_ADMIN), "610330");
	}

	@Test
	void showsTheActorsDisplayNameBesideTheLoginNameAndTheAccountSubjectByName() throws Exception {
		CurrentUser director = accounts.create("named", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		mvc.perform(formLogin("/login").user(director.username()).password(Accounts.PASSWORD));

		mvc.perform(get("/audit").param("actor", director.username()).with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*<span>named测试</span>\\s*<span class=\"muted login-name\">" + director.username() + "</span>.*")))
			.andExpect(content().string(containsString("账号 named测试（" + director.username() + "）")))
			.andExpect(content().string(containsString("登录成功")));
	}

	@Test
	void showsEverySubjectAndDetailInChineseAndLinksTheChildsFileOnlyForThoseWhoWorkWithFiles() throws Exception {
		String actor = "coded-" + UUID.randomUUID().toString().substring(0, 8);
		trail.record(actor, AuditAction.CREATE, "VISIT", "1098", AuditOutcome.SUCCESS, "儿童档案 77");
		trail.record(actor, AuditAction.UPDATE, "CARE_PROBLEM", "14", AuditOutcome.SUCCESS, "儿童档案 77");
		trail.record(actor, AuditAction.UPDATE, "VISIT_POLICY", "610330", AuditOutcome.SUCCESS, null);
		trail.record(actor, AuditAction.EXIT, AuditTrail.CHILD, "77", AuditOutcome.SUCCESS, "NO_LONGER_ELIGIBLE");
		trail.record(actor, AuditAction.CREATE, "ASSESSMENT", "5", AuditOutcome.SUCCESS, "child=77 level=HIGH");

		mvc.perform(get("/audit").param("actor", actor).with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">走访记录 #1098</a>")))
			.andExpect(content().string(containsString(">走访发现的问题 #14</a>")))
			.andExpect(content().string(containsString(">走访频次 #610330</a>")))
			.andExpect(content().string(containsString(">风险评估 #5</a>")))
			.andExpect(content().string(containsString(">减员：不再符合条件</td>")))
			.andExpect(content().string(containsString(">儿童档案：儿童档案 #77；风险等级：高风险</td>")))
			.andExpect(content().string(containsString(">儿童档案 #77</td>")))
			.andExpect(content().string(not(containsString("VISIT #"))))
			.andExpect(content().string(not(containsString("CARE_PROBLEM #"))))
			.andExpect(content().string(not(containsString(">NO_LONGER_ELIGIBLE<"))))
			.andExpect(content().string(not(containsString("/children/77"))));

		CurrentUser auditingSupervisor = new CurrentUser(auditor.id(), auditor.username(), auditor.displayName(),
				Set.of(Role.AUDIT_ADMIN, Role.SUPERVISOR), "610330", null);
		mvc.perform(get("/audit").param("actor", actor).with(accounts.as(auditingSupervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/children/77\">打开档案</a>")));
	}

	@Test
	void labelsChildFilesWithoutNamesAndLinksSubjectsAndActorsToTheirOwnEvents() throws Exception {
		String subject = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
		String actor = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		trail.record(actor, AuditAction.VIEW, AuditTrail.CHILD, subject, AuditOutcome.DENIED, "不在管辖范围内或不存在");
		trail.record(actor, AuditAction.UPDATE, AuditTrail.CHILD, subject, AuditOutcome.FAILURE, null);

		mvc.perform(get("/audit").param("actor", actor).with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">儿童档案 #" + subject + "</a>")))
			.andExpect(content().string(containsString("href=\"/audit?subjectType=CHILD&amp;subjectId=" + subject + "\"")))
			.andExpect(content().string(containsString("href=\"/audit?actor=" + actor + "\"")))
			.andExpect(content().string(not(containsString("/children/" + subject))))
			.andExpect(content().string(containsString(">拒绝</span>")))
			.andExpect(content().string(containsString(">失败</span>")))
			.andExpect(content().string(containsString(">查看</td>")))
			.andExpect(content().string(not(containsString(">DENIED<"))))
			.andExpect(content().string(containsString(">IP 地址</th>")));

		mvc.perform(get("/audit").param("subjectType", "CHILD").param("subjectId", subject).param("action", "UPDATE")
			.with(accounts.as(auditor)))
			.andExpect(content().string(containsString(">修改</td>")))
			.andExpect(content().string(not(containsString(">查看</td>"))))
			.andExpect(content().string(containsString(">清除条件</a>")));
	}

	@Test
	void showsTheIpv6LoopbackAs127001WhileTheApiKeepsTheRecordedValue() throws Exception {
		CurrentUser user = accounts.create("loopback", Set.of(Role.VIEWER), "610330");
		mvc.perform(post("/login").param("username", user.username()).param("password", Accounts.PASSWORD).with(csrf())
			.with(request -> {
				request.setRemoteAddr("0:0:0:0:0:0:0:1");
				return request;
			}));

		mvc.perform(get("/audit").param("actor", user.username()).with(accounts.as(auditor)))
			.andExpect(content().string(containsString("title=\"记录值：0:0:0:0:0:0:0:1\">127.0.0.1</td>")));
		mvc.perform(get("/api/v1/audit-events").param("actor", user.username())
			.header("Authorization", accounts.bearer(auditor)))
			.andExpect(jsonPath("$.items[0].ip").value("0:0:0:0:0:0:0:1"));
	}
}

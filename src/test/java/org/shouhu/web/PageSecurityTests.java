package org.shouhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PageTest
class PageSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void logsInWithTheFormAndShowsTheHomePageInASession() throws Exception {
		CurrentUser director = accounts.create("pagelogin", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		MvcResult login = mvc.perform(formLogin("/login").user(director.username()).password(Accounts.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("Spring Session cookie").isNotNull();

		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您好，pagelogin测试")))
			.andExpect(content().string(containsString("儿童主任")))
			.andExpect(content().string(containsString("陕西省宝鸡市凤县凤州镇龙口村委会")))
			.andExpect(content().string(containsString("/children/new")))
			.andExpect(content().string(not(containsString("/admin/users"))));
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				director.username())).isEqualTo(1);
	}

	@Test
	void showsDistinctMessagesForWrongPasswordLockedAndDisabled() throws Exception {
		CurrentUser user = accounts.create("pagelock", Set.of(Role.VIEWER), "610330");
		mvc.perform(formLogin("/login").user(user.username()).password("Wrong-Passw0rd!"))
			.andExpect(redirectedUrl("/login?error=bad"));
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("Wrong-Passw0rd!"));
		}
		mvc.perform(formLogin("/login").user(user.username()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error=locked"));

		mvc.perform(get("/login").param("error", "locked"))
			.andExpect(content().string(containsString("账号已锁定，请30分钟后再试或联系安全管理员")));
		mvc.perform(get("/login").param("error", "bad")).andExpect(content().string(containsString("用户名或密码错误")));
		mvc.perform(get("/login").param("error", "disabled")).andExpect(content().string(containsString("账号已停用")));
		mvc.perform(get("/login").param("logout", "")).andExpect(content().string(containsString("您已安全退出")));
	}

	@Test
	void lockoutCountsPageAndApiFailuresTogether() throws Exception {
		CurrentUser user = accounts.create("mixedlock", Set.of(Role.VIEWER), "610330");
		for (int i = 0; i < 3; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("Wrong-Passw0rd!"));
		}
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/api/v1/auth/token").contentType("application/json")
				.content("{\"username\":\"" + user.username() + "\",\"password\":\"x\"}"));
		}
		mvc.perform(formLogin("/login").user(user.username()).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error=locked"));
	}

	@Test
	void auditsPageLoginSuccessAndFailure() throws Exception {
		CurrentUser user = accounts.create("pageaudit", Set.of(Role.VIEWER), "610330");
		mvc.perform(formLogin("/login").user(user.username()).password("Wrong-Passw0rd!"));
		mvc.perform(formLogin("/login").user(user.username()).password(Accounts.PASSWORD));
		List<String> actions = jdbc.queryForList(
				"select action from audit_event where actor = ? and action like 'LOGIN%' order by id", String.class,
				user.username());
		assertThat(actions).containsExactly("LOGIN_FAILURE", "LOGIN_SUCCESS");
	}

	@Test
	void requiresCsrfTokenOnPagePosts() throws Exception {
		CurrentUser admin = accounts.create("csrfadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		mvc.perform(post("/login").param("username", admin.username()).param("password", Accounts.PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users").with(accounts.as(admin)).param("username", "nocsrf"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(accounts.as(admin)).with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("登录")));
		mvc.perform(get("/css/shouhu.css")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void setsSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void homeLinksMatchTheRoles() throws Exception {
		CurrentUser viewer = accounts.create("homeviewer", Set.of(Role.VIEWER), "6103");
		mvc.perform(get("/").with(accounts.as(viewer))).andExpect(redirectedUrl("/statistics"));
		mvc.perform(get("/statistics").with(accounts.as(viewer)))
			.andExpect(content().string(containsString("陕西省宝鸡市")))
			.andExpect(content().string(not(containsString("/children"))));
		CurrentUser auditor = accounts.create("homeauditor", Set.of(Role.AUDIT_ADMIN), "6103");
		mvc.perform(get("/").with(accounts.as(auditor)))
			.andExpect(content().string(containsString("/audit")))
			.andExpect(content().string(not(containsString("/admin/users"))));
	}

	@Test
	void rendersChineseErrorPages() throws Exception {
		CurrentUser viewer = accounts.create("err", Set.of(Role.VIEWER), "610330");
		mvc.perform(get("/admin/users").with(accounts.as(viewer))).andExpect(status().isForbidden());
	}
}

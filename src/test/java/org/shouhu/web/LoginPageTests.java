package org.shouhu.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class LoginPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void aFailedLoginKeepsTheUsernameAndPutsTheCursorInThePassword() throws Exception {
		CurrentUser user = accounts.create("keepname", Set.of(Role.VIEWER), "610330");
		Cookie session = mvc.perform(formLogin("/login").user(user.username()).password("Wrong-Passw0rd!"))
			.andExpect(redirectedUrl("/login?error=bad"))
			.andReturn().getResponse().getCookie("SESSION");

		mvc.perform(get("/login").param("error", "bad").cookie(session))
			.andExpect(content().string(containsString("用户名或密码错误")))
			.andExpect(content().string(containsString("value=\"" + user.username() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*<input id=\"password\"[^>]*autofocus=\"autofocus\">.*")));
		mvc.perform(get("/login").cookie(session))
			.andExpect(content().string(not(containsString("value=\"" + user.username() + "\""))))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*<input id=\"username\"[^>]*autofocus=\"autofocus\">.*")));
	}

	@Test
	void servesAFaviconWithoutLogin() throws Exception {
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/x-icon"));
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(content().string(containsString("<svg")));
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">")))
			.andExpect(content().string(containsString("<link rel=\"alternate icon\" href=\"/favicon.ico\">")));
	}
}

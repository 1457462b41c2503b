package org.shouhu.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Every response carries the Content-Security-Policy (scripts and styles from the application itself only, no inline
 * script, no framing) and {@code Referrer-Policy: same-origin}, together with the headers Spring Security already
 * sets: pages, the API, error answers of both and static files.
 */
@PageTest
class SecurityHeadersTests {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void pagesCarryThePolicies() throws Exception {
		CurrentUser director = accounts.create("hdrpage", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		secured(mvc.perform(get("/login"))).andExpect(status().isOk());
		secured(mvc.perform(get("/").with(accounts.as(director)))).andExpect(status().isOk());
		secured(mvc.perform(get("/children").with(accounts.as(director)))).andExpect(status().isOk());
		// a redirect to the login page too
		secured(mvc.perform(get("/children"))).andExpect(status().is3xxRedirection());
	}

	@Test
	void apiAnswersCarryThePolicies() throws Exception {
		CurrentUser director = accounts.create("hdrapi", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		secured(mvc.perform(get("/api/v1/children").header("Authorization", accounts.bearer(director))))
			.andExpect(status().isOk());
		secured(mvc.perform(get("/api/v1/regions/610330"))).andExpect(status().isOk());
	}

	@Test
	void errorAnswersCarryThePolicies() throws Exception {
		CurrentUser director = accounts.create("hdrerror", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		secured(mvc.perform(get("/api/v1/children"))).andExpect(status().isUnauthorized());
		secured(mvc.perform(get("/api/v1/children/999999999").header("Authorization", accounts.bearer(director))))
			.andExpect(status().isNotFound());
		secured(mvc.perform(get("/api/v1/audit-events").header("Authorization", accounts.bearer(director))))
			.andExpect(status().isForbidden());
		secured(mvc.perform(get("/children/999999999").with(accounts.as(director)))).andExpect(status().isNotFound());
		secured(mvc.perform(get("/audit").with(accounts.as(director)))).andExpect(status().isForbidden());
	}

	@Test
	void staticFilesCarryThePolicies() throws Exception {
		secured(mvc.perform(get("/css/shouhu.css"))).andExpect(status().isOk());
		secured(mvc.perform(get("/js/shouhu.js"))).andExpect(status().isOk());
		secured(mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))).andExpect(status().isOk());
		secured(mvc.perform(get("/favicon.svg"))).andExpect(status().isOk());
	}

	private static ResultActions secured(ResultActions response) throws Exception {
		return response.andExpectAll(headers());
	}

	private static ResultMatcher[] headers() {
		return new ResultMatcher[] { header().string("Content-Security-Policy", CSP),
				header().string("Referrer-Policy", "same-origin"), header().string("X-Content-Type-Options", "nosniff"),
				header().string("X-Frame-Options", "DENY") };
	}
}

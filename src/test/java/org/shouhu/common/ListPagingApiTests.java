package org.shouhu.common;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every paged list of the API answers the same page shape and refuses the same bad paging, never with a 500. */
@IntegrationTest
class ListPagingApiTests {

	static final String COUNTY = "610330";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	/** Each list with the token of a role that may read it. */
	Map<String, String> lists;

	@BeforeEach
	void signIn() {
		String civilAffairs = bearer(Role.CIVIL_AFFAIRS);
		lists = Map.of("/api/v1/children", civilAffairs, "/api/v1/work-logs", civilAffairs,
				"/api/v1/close-attention", civilAffairs, "/api/v1/users", bearer(Role.SECURITY_ADMIN),
				"/api/v1/audit-events", bearer(Role.AUDIT_ADMIN));
	}

	@Test
	void everyListAnswersThePageShape() throws Exception {
		for (Map.Entry<String, String> list : lists.entrySet()) {
			mvc.perform(get(list.getKey()).param("page", "0").param("size", "200")
				.header("Authorization", list.getValue()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items").isArray())
				.andExpect(jsonPath("$.page").value(0))
				.andExpect(jsonPath("$.size").value(200))
				.andExpect(jsonPath("$.hasNext").isBoolean());
		}
	}

	@Test
	void theChildListKeepsItsCount() throws Exception {
		mvc.perform(get("/api/v1/children").header("Authorization", lists.get("/api/v1/children")))
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.totalCapped").isBoolean());
		mvc.perform(get("/api/v1/work-logs").header("Authorization", lists.get("/api/v1/work-logs")))
			.andExpect(jsonPath("$.total").doesNotExist())
			.andExpect(jsonPath("$.totalCapped").doesNotExist());
	}

	@Test
	void everyListRefusesBadPagingOnTheField() throws Exception {
		for (Map.Entry<String, String> list : lists.entrySet()) {
			refused(list, String.valueOf(Integer.MAX_VALUE), "200", "page");
			refused(list, String.valueOf(Integer.MAX_VALUE), "20", "page");
			refused(list, "-1", "20", "page");
			refused(list, "0", "0", "size");
			refused(list, "0", "201", "size");
		}
	}

	private void refused(Map.Entry<String, String> list, String page, String size, String field) throws Exception {
		mvc.perform(get(list.getKey()).param("page", page).param("size", size)
			.header("Authorization", list.getValue()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(matchesPattern(".*\\p{IsHan}.*")));
	}

	private String bearer(Role role) {
		CurrentUser user = accounts.create("paging-" + role.name().toLowerCase(), Set.of(role), COUNTY);
		return accounts.bearer(user);
	}
}

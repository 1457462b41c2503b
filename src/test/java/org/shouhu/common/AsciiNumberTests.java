package org.shouhu.common;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An id or a page number written in full-width or other non-ASCII digits names nothing: 400, never another row. */
@IntegrationTest
class AsciiNumberTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void fullWidthDigitsInAPathAreRefused() throws Exception {
		CurrentUser admin = accounts.create("ascii_admin", Set.of(Role.SECURITY_ADMIN), "61");
		String bearer = accounts.bearer(admin);
		mvc.perform(get("/api/v1/users/" + admin.id()).header("Authorization", bearer)).andExpect(status().isOk());
		String fullWidth = String.valueOf(admin.id()).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
			.reduce("", String::concat);
		mvc.perform(get("/api/v1/users/" + fullWidth).header("Authorization", bearer))
			.andExpect(status().isBadRequest());
	}

	@Test
	void fullWidthDigitsInAQueryAreRefused() throws Exception {
		CurrentUser officer = accounts.create("ascii_officer", Set.of(Role.CIVIL_AFFAIRS), "610330");
		String bearer = accounts.bearer(officer);
		mvc.perform(get("/api/v1/children").param("page", "１").header("Authorization", bearer))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/children").param("page", "1").header("Authorization", bearer))
			.andExpect(status().isOk());
	}
}

package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 8, item 4: a page number too large for any list (the address edited by hand, or an old link) shows the page
 * with a Chinese message, never a server error.
 */
@PageTest
class PagePagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Messages messages;

	@ParameterizedTest
	@CsvSource({ "/children, CHILD_DIRECTOR", "/work-logs, CHILD_DIRECTOR", "/audit, AUDIT_ADMIN",
			"/admin/users, SECURITY_ADMIN", "/care/close-attention, CIVIL_AFFAIRS" })
	void aPageNumberBeyondEveryListShowsTheListWithAMessage(String path, Role role) throws Exception {
		CurrentUser user = accounts.create("bigpage", Set.of(role),
				role == Role.CHILD_DIRECTOR ? TestVillages.A : TestVillages.COUNTY);
		MvcResult result = mvc.perform(get(path).param("page", "2147483647").with(accounts.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("<html", messages.get("common.paging.pageTooLarge"));
		for (String page : new String[] { "10737419", "-5" }) {
			result = mvc.perform(get(path).param("page", page).with(accounts.as(user))).andReturn();
			assertThat(result.getResponse().getStatus()).as(path + "?page=" + page).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).contains("<html")
				.doesNotContain(messages.get("common.paging.pageTooLarge"));
		}
	}
}

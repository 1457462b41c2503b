package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

/** The net under the services' own unique checks: a unique rule the database enforced is 409, never a 500. */
@IntegrationTest
class IntegrityViolationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Messages messages;

	@Test
	void aUniqueRuleWonByAConcurrentWriteIsAConflictInChinese() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/test-integrity/unique")
			.with(TestUsers.as(TestUsers.user(Role.CHILD_DIRECTOR, TestVillages.A)))).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).isEqualTo(409);
		assertThat((String) JsonPath.read(body, "$.detail")).isEqualTo(messages.get("common.problem.duplicate.detail"));
		assertThat(body).doesNotContain("some_rule_uk", "duplicate key");
	}

	@Test
	void anyOtherIntegrityViolationIsADefectThatTellsNothingOfItself() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/test-integrity/not-null")
			.with(TestUsers.as(TestUsers.user(Role.CHILD_DIRECTOR, TestVillages.A)))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(500);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("violates", "column");
	}
}

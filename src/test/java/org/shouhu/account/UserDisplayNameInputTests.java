package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/** Issue 8 item 5 for user names: only control characters is no name, and a name holds no control or direction character. */
@IntegrationTest
class UserDisplayNameInputTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDisplayNameOfOnlyControlCharactersOrWithADirectionOverrideIsRefused() throws Exception {
		CurrentUser admin = accounts.create("nameadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		String username = "named-" + UUID.randomUUID().toString().substring(0, 8);
		create(admin, username, "\u0000").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].message").value("不能包含控制字符或改变文字方向的字符"));
		create(admin, username, " \t ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].message").value("请输入姓名"));
		create(admin, username, "李督导\u202E").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].message").value("不能包含控制字符或改变文字方向的字符"));
		create(admin, username, 7).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("displayName"));
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username)).isZero();
		create(admin, username, "李督导").andExpect(status().isCreated());
	}

	private ResultActions create(CurrentUser admin, String username, Object displayName) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("displayName", displayName);
		body.put("password", "Qz7!vT-kelp-93x");
		body.put("roles", List.of("VIEWER"));
		body.put("jurisdiction", "610330");
		return mvc.perform(post("/api/v1/users").header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
	}
}

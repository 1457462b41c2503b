package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class AuthApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChildManagement children;

	@Test
	void issuesTokenThatAuthenticatesApiCalls() throws Exception {
		CurrentUser director = accounts.create("director", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		login(director.username(), Accounts.PASSWORD).andExpect(status().isOk())
			.andExpect(jsonPath("$.token", notNullValue()))
			.andExpect(jsonPath("$.expiresAt", notNullValue()));

		mvc.perform(get("/api/v1/users/me").header("Authorization", accounts.bearer(director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(director.username()))
			.andExpect(jsonPath("$.roles[0]").value("CHILD_DIRECTOR"))
			.andExpect(jsonPath("$.jurisdiction").value("610330101200"))
			.andExpect(jsonPath("$.jurisdictionName").value(org.hamcrest.Matchers.startsWith("陕西省宝鸡市凤县凤州镇")));
	}

	@Test
	void bootstrapAdminHoldsSecurityAndSystemAdminForAllOfChina() throws Exception {
		String token = adminToken();
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("系统管理员"))
			.andExpect(jsonPath("$.jurisdiction").value("CN"))
			.andExpect(jsonPath("$.roles.length()").value(2));
	}

	@Test
	void refusesWrongPasswordWith401InChinese() throws Exception {
		CurrentUser user = accounts.create("viewer", Set.of(Role.VIEWER), "610330");
		login(user.username(), "Wrong-Passw0rd!").andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("用户名或密码错误"));
		login("nobody-" + System.nanoTime(), "Wrong-Passw0rd!").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("用户名或密码错误"));
	}

	@Test
	void locksAccountAfterFiveConsecutiveFailuresEvenForTheRightPassword() throws Exception {
		CurrentUser user = accounts.create("lockme", Set.of(Role.VIEWER), "610330");
		for (int i = 0; i < 4; i++) {
			login(user.username(), "Wrong-Passw0rd!").andExpect(status().isUnauthorized());
		}
		login(user.username(), "Wrong-Passw0rd!").andExpect(status().isLocked())
			.andExpect(jsonPath("$.title").value("账号已锁定"));
		login(user.username(), Accounts.PASSWORD).andExpect(status().isLocked())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void successfulLoginResetsTheFailureCount() throws Exception {
		CurrentUser user = accounts.create("resets", Set.of(Role.VIEWER), "610330");
		for (int i = 0; i < 4; i++) {
			login(user.username(), "Wrong-Passw0rd!").andExpect(status().isUnauthorized());
		}
		login(user.username(), Accounts.PASSWORD).andExpect(status().isOk());
		login(user.username(), "Wrong-Passw0rd!").andExpect(status().isUnauthorized());
		login(user.username(), Accounts.PASSWORD).andExpect(status().isOk());
	}

	@Test
	void refusesDisabledAccountWithClearMessage() throws Exception {
		CurrentUser admin = accounts.create("secadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		CurrentUser user = accounts.create("disabled", Set.of(Role.VIEWER), "610330");
		String token = accounts.token(user.username());
		users.disable(admin, user.id());

		login(user.username(), Accounts.PASSWORD).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("账号已停用"));
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void answersMissingOrUnknownTokenWith401ProblemInChinese() throws Exception {
		mvc.perform(get("/api/v1/users/me")).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未登录"));
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("登录令牌无效或已过期，请重新获取令牌"));
	}

	@Test
	void revokedTokenNoLongerWorks() throws Exception {
		CurrentUser user = accounts.create("revoke", Set.of(Role.VIEWER), "610330");
		String bearer = accounts.bearer(user);
		mvc.perform(delete("/api/v1/auth/token").header("Authorization", bearer)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/users/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
	}

	@Test
	void storesOnlyTheHashOfTheToken() {
		CurrentUser user = accounts.create("hashed", Set.of(Role.VIEWER), "610330");
		String token = accounts.token(user.username());
		List<String> stored = jdbc.queryForList("select token_hash from api_token where user_id = ?", String.class,
				user.id());
		assertThat(stored).hasSize(1).doesNotContain(token).containsExactly(ApiTokens.hash(token));
	}

	@Test
	void auditsApiLoginSuccessAndFailureWithTheAttemptedUsername() throws Exception {
		CurrentUser user = accounts.create("audited", Set.of(Role.VIEWER), "610330");
		login(user.username(), "Wrong-Passw0rd!");
		login(user.username(), Accounts.PASSWORD);
		List<String> actions = jdbc.queryForList(
				"select action from audit_event where actor = ? and action like 'LOGIN%' order by id", String.class,
				user.username());
		assertThat(actions).containsExactly("LOGIN_FAILURE", "LOGIN_SUCCESS");
	}

	@Test
	void tokenSaysWhenAnAdminChosenPasswordMustBeChanged() throws Exception {
		CurrentUser admin = accounts.create("pwapiadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		String username = "pwapi-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/users").header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"displayName\":\"新人\",\"password\":\"Initial-Passw0rd\","
					+ "\"roles\":[\"VIEWER\"],\"jurisdiction\":\"610330\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));
		login(username, "Initial-Passw0rd").andExpect(status().isOk())
			.andExpect(jsonPath("$.token", notNullValue()))
			.andExpect(jsonPath("$.passwordChangeRequired").value(true));

		CurrentUser byCode = accounts.create("pwapicode", Set.of(Role.VIEWER), "610330");
		login(byCode.username(), Accounts.PASSWORD).andExpect(jsonPath("$.passwordChangeRequired").value(false));
	}

	@Test
	void changesTheOwnPasswordAndHandsOutAFreshToken() throws Exception {
		CurrentUser admin = accounts.create("pwapiadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		CurrentUser user = accounts.create("pwapiown", Set.of(Role.VIEWER), "610330");
		users.resetPassword(admin, user.id(), "Initial-Passw0rd");
		String old = body(login(user.username(), "Initial-Passw0rd")).replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

		changePassword(old, "Wrong-Passw0rd", "My-0wn-Secret!").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
			.andExpect(jsonPath("$.errors[0].message").value("当前密码不正确"));
		changePassword(old, "Initial-Passw0rd", "short").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("密码至少8位")));
		String fresh = body(changePassword(old, "Initial-Passw0rd", "My-0wn-Secret!").andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(false)))
			.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + old)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + fresh)).andExpect(status().isOk());
		login(user.username(), "My-0wn-Secret!").andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(false));
		mvc.perform(post("/api/v1/auth/password").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenWhosePasswordAnAdminChoseOpensOnlyThePasswordChangeAndSignOut() throws Exception {
		CurrentUser admin = accounts.create("gateadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		CurrentUser director = accounts.create("gatedirector", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		String childPath;
		try {
			TestUsers.login(director);
			childPath = "/api/v1/children/" + children.register(Children.leftBehindWithGrandparents().build()).id();
		}
		finally {
			TestUsers.logout();
		}
		users.resetPassword(admin, director.id(), "Initial-Passw0rd");
		String token = body(login(director.username(), "Initial-Passw0rd").andExpect(status().isOk())
			.andExpect(jsonPath("$.passwordChangeRequired").value(true)))
			.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		String workLog = "{\"workedOn\":\"" + Children.today() + "\",\"content\":\"入户走访\"}";

		mvc.perform(get(childPath).header("Authorization", "Bearer " + token)).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("须先修改密码"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("POST /api/v1/auth/password")));
		mvc.perform(post("/api/v1/work-logs").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(workLog)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from work_log where author_id = ?", Long.class, director.id()))
			.isZero();
		assertThat(jdbc.queryForList("select subject_id from audit_event where actor = ? and outcome = 'DENIED'"
				+ " and action = 'VIEW' and subject_type = 'CHILD'", String.class, director.username()))
			.containsExactly(childPath.substring(childPath.lastIndexOf('/') + 1));

		String fresh = body(changePassword(token, "Initial-Passw0rd", "My-0wn-Secret!").andExpect(status().isOk()))
			.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		mvc.perform(get(childPath).header("Authorization", "Bearer " + fresh)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/work-logs").header("Authorization", "Bearer " + fresh)
			.contentType(MediaType.APPLICATION_JSON).content(workLog)).andExpect(status().isCreated());
	}

	@Test
	void aTokenThatMustChangeThePasswordCanStillSignOut() throws Exception {
		CurrentUser admin = accounts.create("gateadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		CurrentUser user = accounts.create("gateout", Set.of(Role.VIEWER), "610330");
		users.resetPassword(admin, user.id(), "Initial-Passw0rd");
		String token = body(login(user.username(), "Initial-Passw0rd"))
			.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isNoContent());
		changePassword(token, "Initial-Passw0rd", "My-0wn-Secret!").andExpect(status().isUnauthorized());
	}

	@Test
	void refusesPasswordsLongerThanBcryptReadsWithAMessageInsteadOfAFailure() throws Exception {
		String tooLong = "Aa1!" + "密".repeat(30);
		CurrentUser admin = accounts.create("pwlongadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		CurrentUser user = accounts.create("pwlongown", Set.of(Role.VIEWER), "610330");
		users.resetPassword(admin, user.id(), "Initial-Passw0rd");
		String token = body(login(user.username(), "Initial-Passw0rd")).replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

		changePassword(token, "Initial-Passw0rd", tooLong).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("72字节")));
		changePassword(token, tooLong, "My-0wn-Secret!").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		login(user.username(), tooLong).andExpect(status().isUnauthorized());
		login("nobody-" + user.username(), tooLong).andExpect(status().isUnauthorized());
		login(user.username(), "Initial-Passw0rd").andExpect(status().isOk());
	}

	private ResultActions changePassword(String token, String current, String next) throws Exception {
		return mvc.perform(post("/api/v1/auth/password").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}"));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	@Test
	void regionsAndApiDocsArePublic() throws Exception {
		mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk());
	}

	private String adminToken() throws Exception {
		String body = login("admin", "Shouhu-Boot5trap!").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private ResultActions login(String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
	}
}

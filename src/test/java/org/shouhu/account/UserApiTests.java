package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class UserApiTests {

	static final String VILLAGE = "610330101200";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser countyAdmin;
	String countyAdminBearer;

	@BeforeEach
	void countyAdmin() {
		countyAdmin = accounts.create("fengadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		countyAdminBearer = accounts.bearer(countyAdmin);
	}

	@Test
	void createsDirectorInsideJurisdictionWithoutReturningThePassword() throws Exception {
		String username = unique("director");
		create(body(username, "Good-Passw0rd", "CHILD_DIRECTOR", VILLAGE, null, "13800000000"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("CHILD_DIRECTOR"))
			.andExpect(jsonPath("$.jurisdiction").value(VILLAGE))
			.andExpect(jsonPath("$.jurisdictionName").value("陕西省宝鸡市凤县凤州镇龙口村委会"))
			.andExpect(jsonPath("$.phone").value("13800000000"))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordHash").doesNotExist());

		String storedPhone = jdbc.queryForObject("select phone from app_user where username = ?", String.class, username);
		assertThat(storedPhone).doesNotContain("13800000000");
		String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
		assertThat(hash).startsWith("{bcrypt}");
	}

	@Test
	void refusesWeakPasswordOnPasswordField() throws Exception {
		create(body(unique("weak"), "password1", "CHILD_DIRECTOR", VILLAGE, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("密码须包含大写字母、小写字母、数字、符号中的至少三类"));
		create(body(unique("short"), "Ab1!", "CHILD_DIRECTOR", VILLAGE, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("password")));
	}

	@Test
	void refusesCommonPasswordsAndPasswordsContainingTheUsernameWithTheirOwnMessage() throws Exception {
		String username = unique("common");
		create(body(username, "Password1", "CHILD_DIRECTOR", VILLAGE, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("这个密码太常见，很容易被猜中，请换一个不常见的密码"));
		create(body(username, "Xy-" + username.toUpperCase() + "-9", "CHILD_DIRECTOR", VILLAGE, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("密码不能包含用户名"));
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username))
			.isZero();
	}

	@Test
	void refusesJurisdictionOutsideTheCallersWith403() throws Exception {
		create(body(unique("taibai"), "Good-Passw0rd", "CIVIL_AFFAIRS", "610331", null, null))
			.andExpect(status().isForbidden());
		create(body(unique("national"), "Good-Passw0rd", "VIEWER", "CN", null, null)).andExpect(status().isForbidden());
	}

	@Test
	void refusesUnknownJurisdictionOnJurisdictionField() throws Exception {
		create(body(unique("nowhere"), "Good-Passw0rd", "CIVIL_AFFAIRS", "610399", null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
	}

	@Test
	void refusesRoleAtWrongLevelAndForbiddenCombinations() throws Exception {
		create(body(unique("dirtown"), "Good-Passw0rd", "CHILD_DIRECTOR", "610330101", null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
		create("{\"username\":\"" + unique("mixed") + "\",\"displayName\":\"混合\",\"password\":\"Good-Passw0rd\","
				+ "\"roles\":[\"AUDIT_ADMIN\",\"SECURITY_ADMIN\"],\"jurisdiction\":\"610330\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		create(body(unique("dept"), "Good-Passw0rd", "DEPARTMENT", "610330", null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("department"));
		create(body(unique("dept"), "Good-Passw0rd", "DEPARTMENT", "610330", "EDUCATION", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.department").value("EDUCATION"));
	}

	@Test
	void refusesUnknownRoleCode() throws Exception {
		create(body(unique("badrole"), "Good-Passw0rd", "KING", VILLAGE, null, null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("roles")));
	}

	@Test
	void refusesDuplicateUsernameWith409() throws Exception {
		String username = unique("twice");
		create(body(username, "Good-Passw0rd", "VIEWER", "610330", null, null)).andExpect(status().isCreated());
		create(body(username.toUpperCase(), "Good-Passw0rd", "VIEWER", "610330", null, null))
			.andExpect(status().isConflict());
	}

	@Test
	void onlySecurityAdminsManageUsers() throws Exception {
		CurrentUser auditor = accounts.create("auditor", Set.of(Role.AUDIT_ADMIN), "610330");
		mvc.perform(post("/api/v1/users").header("Authorization", accounts.bearer(auditor))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(unique("byauditor"), "Good-Passw0rd", "VIEWER", "610330", null, null)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("无权操作"));
		CurrentUser director = accounts.create("dir", Set.of(Role.CHILD_DIRECTOR), VILLAGE);
		mvc.perform(get("/api/v1/users").header("Authorization", accounts.bearer(director)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void listsOnlyUsersInsideTheJurisdictionWithFilters() throws Exception {
		CurrentUser inside = accounts.create("inside", Set.of(Role.CHILD_DIRECTOR), VILLAGE);
		CurrentUser outside = accounts.create("outside", Set.of(Role.CIVIL_AFFAIRS), "610331");
		mvc.perform(get("/api/v1/users").param("size", "200").header("Authorization", countyAdminBearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.hasNext").isBoolean())
			.andExpect(jsonPath("$.items[*].username").value(hasItem(inside.username())))
			.andExpect(jsonPath("$.items[*].username").value(not(hasItem(outside.username()))));
		mvc.perform(get("/api/v1/users").param("q", inside.username()).param("role", "CHILD_DIRECTOR")
			.header("Authorization", countyAdminBearer))
			.andExpect(jsonPath("$.items.length()").value(1));
		mvc.perform(get("/api/v1/users").param("q", inside.username()).param("role", "VIEWER")
			.header("Authorization", countyAdminBearer))
			.andExpect(jsonPath("$.items.length()").value(0));
		mvc.perform(get("/api/v1/users").param("size", "201").header("Authorization", countyAdminBearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		mvc.perform(get("/api/v1/users").param("role", "KING").header("Authorization", countyAdminBearer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
	}

	@Test
	void usersOutsideTheJurisdictionAreNotFound() throws Exception {
		CurrentUser outside = accounts.create("far", Set.of(Role.CIVIL_AFFAIRS), "4403");
		mvc.perform(get("/api/v1/users/{id}", outside.id()).header("Authorization", countyAdminBearer))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/users/{id}/disable", outside.id()).header("Authorization", countyAdminBearer))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users/{id}", 987654321L).header("Authorization", countyAdminBearer))
			.andExpect(status().isNotFound());
	}

	@Test
	void updatesWithVersionAndRefusesStaleEdits() throws Exception {
		CurrentUser user = accounts.create("edit", Set.of(Role.CHILD_DIRECTOR), VILLAGE);
		String update = "{\"displayName\":\"王督导\",\"roles\":[\"SUPERVISOR\"],\"jurisdiction\":\"610330101\","
				+ "\"phone\":\"13900000000\",\"version\":0}";
		mvc.perform(put("/api/v1/users/{id}", user.id()).header("Authorization", countyAdminBearer)
			.contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("王督导"))
			.andExpect(jsonPath("$.roles[0]").value("SUPERVISOR"))
			.andExpect(jsonPath("$.jurisdictionName").value("陕西省宝鸡市凤县凤州镇"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/users/{id}", user.id()).header("Authorization", countyAdminBearer)
			.contentType(MediaType.APPLICATION_JSON).content(update))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/v1/users/{id}", user.id()).header("Authorization", countyAdminBearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.replace("610330101\"", "610331101\"").replace("\"version\":0", "\"version\":1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void disablesEnablesUnlocksAndResetsPasswords() throws Exception {
		CurrentUser user = accounts.create("status", Set.of(Role.VIEWER), "610330");
		String bearer = countyAdminBearer;
		mvc.perform(post("/api/v1/users/{id}/disable", user.id()).header("Authorization", bearer))
			.andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(post("/api/v1/users/{id}/disable", user.id()).header("Authorization", bearer))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/users/{id}/enable", user.id()).header("Authorization", bearer))
			.andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));
		mvc.perform(post("/api/v1/users/{id}/unlock", user.id()).header("Authorization", bearer))
			.andExpect(status().isConflict());

		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + user.username() + "\",\"password\":\"nope\"}"));
		}
		mvc.perform(get("/api/v1/users/{id}", user.id()).header("Authorization", bearer))
			.andExpect(jsonPath("$.locked").value(true));
		mvc.perform(post("/api/v1/users/{id}/unlock", user.id()).header("Authorization", bearer))
			.andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
		assertThat(accounts.token(user.username())).isNotBlank();

		mvc.perform(post("/api/v1/users/{id}/reset-password", user.id()).header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"weak\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/api/v1/users/{id}/reset-password", user.id()).header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"New-Passw0rd!\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + user.username() + "\",\"password\":\"New-Passw0rd!\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void adminCannotDisableThemselves() throws Exception {
		mvc.perform(post("/api/v1/users/{id}/disable", countyAdmin.id()).header("Authorization", countyAdminBearer))
			.andExpect(status().isConflict());
	}

	@Test
	void auditsEveryChangeAsUserChange() throws Exception {
		String username = unique("trail");
		String body = create(body(username, "Good-Passw0rd", "VIEWER", "610330", null, null)).andReturn().getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/users/{id}/disable", id).header("Authorization", countyAdminBearer));
		List<String> actors = jdbc.queryForList(
				"select actor from audit_event where action = 'USER_CHANGE' and subject_type = 'USER' and subject_id = ?",
				String.class, String.valueOf(id));
		assertThat(actors).hasSize(2).containsOnly(countyAdmin.username());
	}

	@Test
	void meAnswersForEveryRole() throws Exception {
		CurrentUser dept = accounts.create("liaison", EnumSet.of(Role.DEPARTMENT), "610330");
		mvc.perform(get("/api/v1/users/me").header("Authorization", accounts.bearer(dept)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("DEPARTMENT"))
			.andExpect(jsonPath("$.department").value("PUBLIC_SECURITY"))
			.andExpect(jsonPath("$.jurisdictionName").value("陕西省宝鸡市凤县"));
	}

	private ResultActions create(String json) throws Exception {
		return mvc.perform(post("/api/v1/users").header("Authorization", countyAdminBearer)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String body(String username, String password, String role, String jurisdiction, String department,
			String phone) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"测试用户\",\"password\":\"" + password
				+ "\",\"roles\":[\"" + role + "\"],\"jurisdiction\":\"" + jurisdiction + "\",\"department\":"
				+ (department == null ? "null" : "\"" + department + "\"") + ",\"phone\":"
				+ (phone == null ? "null" : "\"" + phone + "\"") + "}";
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}

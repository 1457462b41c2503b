package org.shouhu.account;

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

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A password a security admin chose (new account, reset) must be replaced by the user's own at the next page login
 * before any other page opens; accounts set up by code (bootstrap admin, demo accounts) are not held up.
 */
@PageTest
class PasswordChangePageTests {

	private static final String INITIAL = "Initial-Passw0rd";
	private static final String OWN = "My-0wn-Secret!";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserManagement users;

	CurrentUser admin;

	@BeforeEach
	void admin() {
		admin = accounts.create("pwadmin", Set.of(Role.SECURITY_ADMIN), "610330");
	}

	@Test
	void aNewAccountMustChooseItsOwnPasswordBeforeUsingThePages() throws Exception {
		String username = "newbie-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/users").with(accounts.as(admin)).with(csrf()).param("username", username)
			.param("displayName", "新来的").param("password", INITIAL).param("roles", "CHILD_DIRECTOR")
			.param("jurisdiction", "610330101200"))
			.andExpect(status().is3xxRedirection());

		Cookie session = login(username, INITIAL, "/account/password");

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/children").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/children").cookie(session).header("HX-Request", "true"))
			.andExpect(status().isNoContent())
			.andExpect(header().string("HX-Redirect", "/account/password"));
		mvc.perform(get("/css/shouhu.css").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的密码是安全管理员设置的")))
			.andExpect(content().string(containsString("当前密码（管理员告诉您的密码）")));

		change(session, "Wrong-Passw0rd", OWN, OWN)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")))
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")));
		change(session, INITIAL, OWN, "Other-Passw0rd")
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		change(session, INITIAL, "weakpass", "weakpass")
			.andExpect(content().string(containsString("密码须包含大写字母、小写字母、数字、符号中的至少三类")));
		change(session, INITIAL, INITIAL, INITIAL)
			.andExpect(content().string(containsString("新密码不能与当前密码相同")));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

		change(session, INITIAL, OWN, OWN).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		login(username, OWN, "/");
		mvc.perform(formLogin("/login").user(username).password(INITIAL)).andExpect(redirectedUrl("/login?error=bad"));
	}

	@Test
	void aPasswordResetByAnAdminMustBeChangedAtTheNextLogin() throws Exception {
		CurrentUser user = accounts.create("pwreset", Set.of(Role.VIEWER), "610330");
		login(user.username(), Accounts.PASSWORD, "/");
		users.resetPassword(admin, user.id(), INITIAL);
		assertThat(users.get(admin, user.id()).passwordChangeRequired()).isTrue();
		mvc.perform(get("/admin/users/{id}", user.id()).with(accounts.as(admin)))
			.andExpect(content().string(containsString("待本人修改初始密码")));

		Cookie session = login(user.username(), INITIAL, "/account/password");
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void accountsSetUpByCodeAndTheBootstrapAdminAreNotHeldUp() throws Exception {
		CurrentUser user = accounts.create("pwcode", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		login(user.username(), Accounts.PASSWORD, "/");
		login("admin", "Shouhu-Boot5trap!", "/");
	}

	@Test
	void everyUserFindsTheChangePageInTheHeaderAndMayLeaveItWhenNotRequired() throws Exception {
		CurrentUser user = accounts.create("pwlink", Set.of(Role.AUDIT_ADMIN), "610330");
		mvc.perform(get("/audit").with(accounts.as(user)))
			.andExpect(content().string(containsString("href=\"/account/password\"")))
			.andExpect(content().string(containsString(">修改密码</a>")));
		mvc.perform(get("/account/password").with(accounts.as(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("您的密码是安全管理员设置的"))))
			.andExpect(content().string(containsString(">取消</a>")));
		Cookie session = login(user.username(), Accounts.PASSWORD, "/");
		change(session, Accounts.PASSWORD, OWN, OWN).andExpect(redirectedUrl("/"));
		login(user.username(), OWN, "/");
	}

	private Cookie login(String username, String password, String expectedTarget) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl(expectedTarget))
			.andReturn();
		return result.getResponse().getCookie("SESSION");
	}

	private org.springframework.test.web.servlet.ResultActions change(Cookie session, String current, String next,
			String confirm) throws Exception {
		return mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", current)
			.param("newPassword", next).param("confirmPassword", confirm));
	}
}

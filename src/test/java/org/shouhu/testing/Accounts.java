package org.shouhu.testing;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Department;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.account.UserView;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Test fixture for accounts, usable by every module's integration tests (it lives in the test sources only and is
 * picked up by component scanning in {@code @SpringBootTest}s): autowire it and
 * <pre>
 * CurrentUser director = accounts.create("director", Set.of(Role.CHILD_DIRECTOR), "610330101200");
 * mvc.perform(get("/api/v1/children").header("Authorization", accounts.bearer(director)))   // real token
 * mvc.perform(get("/children").with(accounts.as(director)))                                 // page, no login
 * </pre>
 * Usernames get a unique suffix (tests share one database on PostgreSQL), so use the returned
 * {@link CurrentUser#username()}. Every account has the password {@link #PASSWORD}.
 * {@link #token(String)} calls the real {@code POST /api/v1/auth/token} through MockMvc.
 */
@Component
public class Accounts {

	/** The password of every account created here. */
	public static final String PASSWORD = "Test-Passw0rd!";
	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private final UserManagement users;
	private final WebApplicationContext context;
	private MockMvc mvc;

	Accounts(UserManagement users, WebApplicationContext context) {
		this.users = users;
		this.context = context;
	}

	/** A new account named {@code prefix} plus a unique suffix, with {@link #PASSWORD}. */
	public CurrentUser create(String prefix, Set<Role> roles, String jurisdiction) {
		return create(prefix, roles, jurisdiction, roles.contains(Role.DEPARTMENT) ? Department.PUBLIC_SECURITY : null);
	}

	/** As {@link #create(String, Set, String)}, with a department (for {@link Role#DEPARTMENT}). */
	public CurrentUser create(String prefix, Set<Role> roles, String jurisdiction, Department department) {
		String username = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
		UserView view = users.createUser(new NewUser(username, prefix + "测试", PASSWORD, roles, jurisdiction, department,
				null));
		return new CurrentUser(view.id(), view.username(), view.displayName(), view.roles(), view.jurisdiction(),
				view.department() == null ? null : view.department().name());
	}

	/** A bearer token for the account, obtained from the real token endpoint with {@link #PASSWORD}. */
	public String token(String username) {
		try {
			MvcResult result = mvc().perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).andReturn();
			String body = result.getResponse().getContentAsString();
			Matcher matcher = TOKEN.matcher(body);
			if (result.getResponse().getStatus() != 200 || !matcher.find()) {
				throw new IllegalStateException("no token for " + username + ": " + body);
			}
			return matcher.group(1);
		}
		catch (Exception e) {
			throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
		}
	}

	/** The {@code Authorization} header value for the account: {@code Bearer <token>}. */
	public String bearer(CurrentUser user) {
		return "Bearer " + token(user.username());
	}

	/** Authenticates one MockMvc request as the user without logging in (pages or API). */
	public RequestPostProcessor as(CurrentUser user) {
		List<SimpleGrantedAuthority> authorities = user.roles().stream()
			.map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
			.toList();
		return SecurityMockMvcRequestPostProcessors
			.authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
	}

	private MockMvc mvc() {
		if (mvc == null) {
			mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		}
		return mvc;
	}
}

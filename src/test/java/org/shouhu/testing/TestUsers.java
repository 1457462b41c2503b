package org.shouhu.testing;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users of each role for tests, and ways to authenticate as them. */
public final class TestUsers {

	private static final AtomicLong IDS = new AtomicLong(9000);

	private TestUsers() {
	}

	public static CurrentUser user(Role role, String jurisdiction) {
		long id = IDS.incrementAndGet();
		return new CurrentUser(id, role.name().toLowerCase() + id, role.label() + id, Set.of(role), jurisdiction, null);
	}

	public static CurrentUser director(String village) {
		return user(Role.CHILD_DIRECTOR, village);
	}

	public static CurrentUser supervisor(String township) {
		return user(Role.SUPERVISOR, township);
	}

	public static CurrentUser civilAffairs(String county) {
		return user(Role.CIVIL_AFFAIRS, county);
	}

	public static UsernamePasswordAuthenticationToken token(CurrentUser user) {
		return new UsernamePasswordAuthenticationToken(user, null,
				user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
	}

	/** For MockMvc requests. */
	public static RequestPostProcessor as(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors.authentication(token(user));
	}

	/** For calling services directly: authenticates the current thread (clear with {@link #logout()}). */
	public static void login(CurrentUser user) {
		SecurityContextHolder.getContext().setAuthentication(token(user));
	}

	public static void logout() {
		SecurityContextHolder.clearContext();
	}
}

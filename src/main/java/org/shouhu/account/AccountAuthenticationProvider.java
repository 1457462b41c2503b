package org.shouhu.account;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Form login: checks the password through {@link Logins}; the principal of the result is a {@link CurrentUser}. */
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final Logins logins;

	AccountAuthenticationProvider(Logins logins) {
		this.logins = logins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		LoginResult result = logins.login(username, credentials == null ? null : credentials.toString());
		return switch (result.status()) {
			case SUCCESS -> authenticated(result.user());
			case LOCKED -> throw new LockedException("账号已锁定，请30分钟后再试或联系安全管理员");
			case DISABLED -> throw new DisabledException("账号已停用");
			case BAD_CREDENTIALS -> throw new BadCredentialsException("用户名或密码错误");
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** An authenticated token for the user: principal {@link CurrentUser}, authorities {@code ROLE_<ROLE>}. */
	static UsernamePasswordAuthenticationToken authenticated(CurrentUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
	}

	static List<GrantedAuthority> authorities(CurrentUser user) {
		return user.roles().stream().sorted().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
				.toList();
	}
}

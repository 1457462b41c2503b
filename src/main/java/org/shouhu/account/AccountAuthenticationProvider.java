package org.shouhu.account;

import java.util.List;

import org.shouhu.common.Messages;
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
	private final Messages messages;

	AccountAuthenticationProvider(Logins logins, Messages messages) {
		this.logins = logins;
		this.messages = messages;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		LoginResult result = logins.login(username, credentials == null ? null : credentials.toString());
		return switch (result.status()) {
			case SUCCESS -> authenticated(result.user());
			case LOCKED -> throw new LockedException(messages.get("account.signIn.locked"));
			case DISABLED -> throw new DisabledException(messages.get("account.signIn.disabled"));
			case BAD_CREDENTIALS -> throw new BadCredentialsException(messages.get("account.signIn.badCredentials"));
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

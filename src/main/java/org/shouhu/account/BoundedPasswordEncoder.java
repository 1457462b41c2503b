package org.shouhu.account;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password encoder: delegates to Spring's delegating encoder (bcrypt), but treats a password longer than
 * {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no further) as not matching instead of failing, and refuses to
 * hash one ({@link PasswordPolicy} refuses it before). A too-long password still costs one hash comparison, so the
 * response time does not tell it apart.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	static final int MAX_BYTES = 72;

	private final PasswordEncoder delegate;

	BoundedPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	/** Whether bcrypt can hash the whole password. */
	static boolean fits(CharSequence password) {
		return password != null && password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		if (!fits(rawPassword)) {
			throw new IllegalArgumentException("password longer than " + MAX_BYTES + " bytes");
		}
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (!fits(rawPassword)) {
			delegate.matches("", encodedPassword);
			return false;
		}
		return delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}
}

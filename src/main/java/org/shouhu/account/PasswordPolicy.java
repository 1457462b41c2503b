package org.shouhu.account;

import java.util.Locale;
import java.util.Optional;

/**
 * Password rules (API.md "Users"): at least 8 characters using at least three of upper case, lower case, digits
 * and symbols; at most 64 characters and at most 72 bytes in UTF-8 (bcrypt's limit: a Chinese character is 3 bytes);
 * never containing the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;
	static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

	/** The message key of the reason the password is refused ({@code account.password.*}), or empty when it is strong enough. */
	static Optional<String> problem(String password, String username) {
		if (password == null || password.isEmpty()) {
			return Optional.of("account.password.required");
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("account.password.short");
		}
		if (password.length() > MAX_LENGTH || !BoundedPasswordEncoder.fits(password)) {
			return Optional.of("account.password.long");
		}
		int classes = 0;
		classes += password.chars().anyMatch(c -> c >= 'A' && c <= 'Z') ? 1 : 0;
		classes += password.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0;
		classes += password.chars().anyMatch(c -> c >= '0' && c <= '9') ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			return Optional.of("account.password.classes");
		}
		if (username != null && username.length() >= 3
				&& password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.username");
		}
		return Optional.empty();
	}
}

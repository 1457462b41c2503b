package org.shouhu.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules (API.md "Users"): at least 8 characters using at least three of upper case, lower case, digits
 * and symbols; at most 64 characters and at most 72 bytes in UTF-8 (bcrypt's limit: a Chinese character is 3 bytes);
 * never containing the username (ignoring case and the separators {@code . _ -}); not one of the most common
 * passwords of the bundled list {@code common-passwords.txt} (ignoring case).
 */
final class PasswordPolicy {

	static final String COMMON_LIST = "common-passwords.txt";

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
		if (containsUsername(password, username)) {
			return Optional.of("account.password.username");
		}
		if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.common");
		}
		return Optional.empty();
	}

	private static boolean containsUsername(String password, String username) {
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		if (name.length() < 3) {
			return false;
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String bare = withoutSeparators(name);
		return lower.contains(name) || bare.length() >= 3 && withoutSeparators(lower).contains(bare);
	}

	private static String withoutSeparators(String text) {
		return text.replaceAll("[._\\-\\s]", "");
	}

	/** The bundled list, read once on first use. */
	private static final class Common {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_LIST)) {
				if (in == null) {
					throw new IllegalStateException(COMMON_LIST + " is missing from the classpath");
				}
				return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.map(String::trim)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}

package org.shouhu.account;

import java.util.Locale;
import java.util.Optional;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.Messages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a username and password for the login page and the token endpoint alike: counts consecutive failures
 * (the fifth locks the account for 30 minutes; while locked even the right password is refused), refuses disabled
 * accounts, and audits every attempt as {@code LOGIN_SUCCESS} / {@code LOGIN_FAILURE} with the attempted username
 * as actor. The count is kept by {@link LoginAttempts}, which counts an attempt before its password is checked, so
 * that parallel guesses cannot get past the lock. Not one transaction: each count commits at once, and the password
 * check (bcrypt) holds no database connection.
 */
@Service
public class Logins {

	/** Session attribute holding the username of a failed page login, for the login page to show again. */
	public static final String LAST_USERNAME = Logins.class.getName() + ".LAST_USERNAME";

	private final UserRepository users;
	private final LoginAttempts attempts;
	private final PasswordEncoder passwordEncoder;
	private final AuditTrail audit;
	private final Messages messages;
	private final String dummyHash;

	Logins(UserRepository users, LoginAttempts attempts, PasswordEncoder passwordEncoder, AuditTrail audit,
			Messages messages) {
		this.users = users;
		this.attempts = attempts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.messages = messages;
		this.dummyHash = passwordEncoder.encode("not-a-real-password-Zx9!");
	}

	public LoginResult login(String username, String password) {
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		String actor = name.isEmpty() ? "anonymous" : name.length() > 100 ? name.substring(0, 100) : name;
		String given = password == null ? "" : password;
		Optional<User> found = name.isEmpty() || name.length() > 50 ? Optional.empty() : users.findByUsername(name);
		if (found.isEmpty()) {
			// same work as for a real account, so response times do not reveal which usernames exist
			passwordEncoder.matches(given, dummyHash);
			return failed(actor, null, LoginResult.Status.BAD_CREDENTIALS, messages.get("account.login.unknownUser"));
		}
		User user = found.get();
		int attempt = attempts.reserve(user.getId());
		if (attempt == 0) {
			return failed(actor, user, LoginResult.Status.LOCKED, messages.get("account.login.locked"));
		}
		if (!passwordEncoder.matches(given, user.getPasswordHash())) {
			if (attempts.failed(user.getId(), attempt)) {
				return failed(actor, user, LoginResult.Status.LOCKED,
						messages.get("account.login.wrongPasswordLocked", User.MAX_FAILED_ATTEMPTS));
			}
			if (!user.isEnabled()) {
				return failed(actor, user, LoginResult.Status.BAD_CREDENTIALS, messages.get("account.login.wrongPasswordDisabled"));
			}
			return failed(actor, user, LoginResult.Status.BAD_CREDENTIALS, messages.get("account.login.wrongPassword", attempt));
		}
		attempts.succeeded(user.getId(), user.isEnabled());
		if (!user.isEnabled()) {
			return failed(actor, user, LoginResult.Status.DISABLED, messages.get("account.login.disabled"));
		}
		audit.record(actor, AuditAction.LOGIN_SUCCESS, AuditTrail.USER, user.getId(), AuditOutcome.SUCCESS, null);
		return new LoginResult(LoginResult.Status.SUCCESS, user.toCurrentUser(), user.isPasswordChangeRequired());
	}

	private LoginResult failed(String actor, User user, LoginResult.Status status, String detail) {
		audit.record(actor, AuditAction.LOGIN_FAILURE, AuditTrail.USER, user == null ? null : user.getId(),
				AuditOutcome.FAILURE, detail);
		return new LoginResult(status, null);
	}
}

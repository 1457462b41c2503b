package org.shouhu.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.Messages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password for the login page and the token endpoint alike: counts consecutive failures
 * (the fifth locks the account for 30 minutes; while locked even the right password is refused), refuses disabled
 * accounts, and audits every attempt as {@code LOGIN_SUCCESS} / {@code LOGIN_FAILURE} with the attempted username
 * as actor.
 */
@Service
@Transactional
public class Logins {

	/** Session attribute holding the username of a failed page login, for the login page to show again. */
	public static final String LAST_USERNAME = Logins.class.getName() + ".LAST_USERNAME";

	private final UserRepository users;
	private final PasswordEncoder passwordEncoder;
	private final AuditTrail audit;
	private final Clock clock;
	private final Messages messages;
	private final String dummyHash;

	Logins(UserRepository users, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock, Messages messages) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
		this.dummyHash = passwordEncoder.encode("not-a-real-password-Zx9!");
	}

	public LoginResult login(String username, String password) {
		String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		String actor = name.isEmpty() ? "anonymous" : name.length() > 100 ? name.substring(0, 100) : name;
		String given = password == null ? "" : password;
		Optional<User> found = name.isEmpty() ? Optional.empty() : users.findByUsername(name);
		if (found.isEmpty()) {
			// same work as for a real account, so response times do not reveal which usernames exist
			passwordEncoder.matches(PasswordPolicy.fitsHash(given) ? given : "", dummyHash);
			return failed(actor, null, LoginResult.Status.BAD_CREDENTIALS, messages.get("account.login.unknownUser"));
		}
		User user = found.get();
		Instant now = clock.instant();
		if (user.isLocked(now)) {
			return failed(actor, user, LoginResult.Status.LOCKED, messages.get("account.login.locked"));
		}
		if (!PasswordPolicy.fitsHash(given) || !passwordEncoder.matches(given, user.getPasswordHash())) {
			if (!user.isEnabled()) {
				return failed(actor, user, LoginResult.Status.BAD_CREDENTIALS, messages.get("account.login.wrongPasswordDisabled"));
			}
			user.recordFailedLogin(now);
			if (user.isLocked(now)) {
				return failed(actor, user, LoginResult.Status.LOCKED, messages.get("account.login.wrongPasswordLocked", User.MAX_FAILED_ATTEMPTS));
			}
			return failed(actor, user, LoginResult.Status.BAD_CREDENTIALS, messages.get("account.login.wrongPassword", user.getFailedAttempts()));
		}
		if (!user.isEnabled()) {
			return failed(actor, user, LoginResult.Status.DISABLED, messages.get("account.login.disabled"));
		}
		user.recordSuccessfulLogin(now);
		audit.record(actor, AuditAction.LOGIN_SUCCESS, AuditTrail.USER, user.getId(), AuditOutcome.SUCCESS, null);
		return new LoginResult(LoginResult.Status.SUCCESS, user.toCurrentUser(), user.isPasswordChangeRequired());
	}

	private LoginResult failed(String actor, User user, LoginResult.Status status, String detail) {
		audit.record(actor, AuditAction.LOGIN_FAILURE, AuditTrail.USER, user == null ? null : user.getId(),
				AuditOutcome.FAILURE, detail);
		return new LoginResult(status, null);
	}
}

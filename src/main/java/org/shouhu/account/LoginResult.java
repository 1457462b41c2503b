package org.shouhu.account;

/**
 * Outcome of a login attempt; {@code user} is set only on {@link Status#SUCCESS}.
 *
 * @param passwordChangeRequired whether the user must change a password a security admin chose before going on
 */
public record LoginResult(Status status, CurrentUser user, boolean passwordChangeRequired) {

	public enum Status {
		SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED
	}

	public LoginResult(Status status, CurrentUser user) {
		this(status, user, false);
	}

	public boolean succeeded() {
		return status == Status.SUCCESS;
	}
}

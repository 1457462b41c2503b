package org.shouhu.account;

/** Outcome of a login attempt; {@code user} is set only on {@link Status#SUCCESS}. */
public record LoginResult(Status status, CurrentUser user) {

	public enum Status {
		SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED
	}

	public boolean succeeded() {
		return status == Status.SUCCESS;
	}
}

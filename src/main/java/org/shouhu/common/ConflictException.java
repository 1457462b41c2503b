package org.shouhu.common;

/** A duplicate, a stale version or a transition not allowed now: answered 409 with a Chinese message. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}

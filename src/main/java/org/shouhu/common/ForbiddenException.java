package org.shouhu.common;

/** Authenticated, but the role may not do this: answered 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}

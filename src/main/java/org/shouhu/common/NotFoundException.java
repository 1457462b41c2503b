package org.shouhu.common;

/** Unknown, or outside the caller's jurisdiction (the two are never told apart): answered 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}

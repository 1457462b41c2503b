package org.shouhu.common;

/** The record changed since the caller read it (optimistic locking): answered 409; pages offer to reload. */
public class StaleVersionException extends ConflictException {

	public StaleVersionException(String message) {
		super(message);
	}
}

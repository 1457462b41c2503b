package org.shouhu.child;

import java.util.Optional;

import org.shouhu.common.ConflictException;

/**
 * A file with the same ID number already exists (409). The message names only the township and county where it
 * lives, never the child. {@link #existingId()} is present only when that file lies inside the caller's jurisdiction,
 * so the caller may be pointed to it.
 */
public class DuplicateChildException extends ConflictException {

	private final Long existingId;

	DuplicateChildException(String message, Long existingId) {
		super(message);
		this.existingId = existingId;
	}

	/** The existing file's id when the caller may open it; empty otherwise. */
	public Optional<Long> existingId() {
		return Optional.ofNullable(existingId);
	}
}

package org.shouhu.common;

/**
 * A stored encrypted field could not be encrypted, hashed or read: tampered data or the wrong key (see
 * {@code SHOUHU_CRYPTO_KEY}). A server fault, answered 500; never a conflict the caller could resolve.
 */
public class FieldCipherException extends RuntimeException {

	public FieldCipherException(String message, Throwable cause) {
		super(message, cause);
	}

	public FieldCipherException(String message) {
		super(message);
	}
}

package org.shouhu.common;

/**
 * The current state forbids the action (a file already exited, a problem already resolved, an account already
 * disabled): answered 409 with the Chinese text of {@code messageKey} from {@code messages.properties}, which is also
 * {@link #getMessage()} for pages. Any other {@link IllegalStateException} is a defect: answered 500 and logged.
 */
public class NotAllowedNowException extends IllegalStateException {

	private final String messageKey;
	private final Object[] messageArguments;

	/** @throws org.springframework.context.NoSuchMessageException when the key is not in messages.properties */
	public NotAllowedNowException(String messageKey, Object... messageArguments) {
		super(BundledMessages.get(messageKey, messageArguments));
		this.messageKey = messageKey;
		this.messageArguments = messageArguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] messageArguments() {
		return messageArguments.clone();
	}
}

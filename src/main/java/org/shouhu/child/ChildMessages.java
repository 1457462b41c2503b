package org.shouhu.child;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese messages of the child module ({@code child.*} in {@code messages.properties}). */
@Component
class ChildMessages {

	private final MessageSource source;

	ChildMessages(MessageSource source) {
		this.source = source;
	}

	String get(String key, Object... args) {
		return source.getMessage("child." + key, args, Locale.SIMPLIFIED_CHINESE);
	}
}

package org.shouhu.common;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one source of Chinese text shown to people: {@code messages.properties}, keys {@code <module>.<what>}. Every
 * module reads its texts through this component with the full key ({@code messages.get("care.exited")}).
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	/** The text of {@code key} with its {@code {0}}-style arguments filled in; fails on an unknown key. */
	public String get(String key, Object... args) {
		return source.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}

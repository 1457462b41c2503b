package org.shouhu.common;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@code messages.properties} for the shared types that are not Spring beans and are built where no bean is at hand
 * (an aggregate refusing a transition, a paging check): the same file and settings as the application's message
 * source. Beans read their texts through {@link Messages}.
 */
final class BundledMessages {

	private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

	static {
		SOURCE.setBasename("messages");
		SOURCE.setDefaultEncoding("UTF-8");
		SOURCE.setFallbackToSystemLocale(false);
	}

	private BundledMessages() {
	}

	/** The text of {@code key} with its arguments filled in; fails on an unknown key. */
	static String get(String key, Object... args) {
		return SOURCE.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}

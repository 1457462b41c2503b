package org.shouhu.care;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Chinese messages of visits, schedules, policies, to-do items and compliance ({@code care.*} in messages.properties). */
@Component
class VisitMessages {

	private final MessageSource source;

	VisitMessages(MessageSource source) {
		this.source = source;
	}

	String get(String key, Object... args) {
		return source.getMessage("care." + key, args, Locale.SIMPLIFIED_CHINESE);
	}
}

package org.shouhu.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

/** Form fields a page could not even bind (a date or number typed wrongly), as field → Chinese message. */
public final class PageErrors {

	/** The message for a value that cannot be read as the field's type. */
	public static final String INVALID = BundledMessages.get("common.invalidValue");

	private PageErrors() {
	}

	public static Map<String, String> of(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), INVALID));
		return errors;
	}
}

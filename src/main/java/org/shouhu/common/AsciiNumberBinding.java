package org.shouhu.common;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths and query parameters are ASCII digits with an optional minus sign. Java's own parsing also
 * reads full-width and other Unicode digits, so {@code /users/１２} would name user 12; here it is a type mismatch
 * (400 on the API, the 400 page on pages). Form objects are bound as before.
 */
@ControllerAdvice
class AsciiNumberBinding {

	@InitBinder
	void asciiDigitsOnly(WebDataBinder binder) {
		if (binder.getTarget() != null) {
			return; // a form object: its fields keep the ordinary conversion
		}
		binder.registerCustomEditor(long.class, new AsciiNumberEditor(false, true));
		binder.registerCustomEditor(Long.class, new AsciiNumberEditor(true, true));
		binder.registerCustomEditor(int.class, new AsciiNumberEditor(false, false));
		binder.registerCustomEditor(Integer.class, new AsciiNumberEditor(true, false));
	}

	private static final class AsciiNumberEditor extends PropertyEditorSupport {

		private final boolean nullable;
		private final boolean wide;

		AsciiNumberEditor(boolean nullable, boolean wide) {
			this.nullable = nullable;
			this.wide = wide;
		}

		@Override
		public void setAsText(String text) {
			String value = text == null ? "" : text.strip();
			if (value.isEmpty() && nullable) {
				setValue(null);
				return;
			}
			if (!value.matches("-?[0-9]{1,19}")) {
				throw new IllegalArgumentException("not a whole number in ASCII digits");
			}
			setValue(wide ? (Object) Long.parseLong(value) : (Object) Integer.parseInt(value));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}
	}
}

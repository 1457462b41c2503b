package org.shouhu.common;

/**
 * The one check of entered text. A text of only white space ({@code " \t"}, the ideographic space) is no text:
 * {@link #normalize} makes it {@code null}, so that "required" refuses it; a text with any other character is kept, so
 * that a lone NUL or direction override is refused by the character check below instead of being stored as
 * nothing. Names and short fields hold no
 * control character ({@code U+0000–U+001F}, {@code U+007F–U+009F}) and no bidirectional embedding, override or isolate
 * ({@code U+202A–U+202E}, {@code U+2066–U+2069}, which can make a name read differently from what is stored); long
 * free text (remarks, work log content, a visit's problems) may hold line breaks and tabs ({@code \n \r \t}), nothing
 * else of these.
 */
public final class TextCheck {

	/** The message key of a text with a character {@link #isShortText} or {@link #isLongText} refuses. */
	public static final String INVALID_CHARACTERS = "common.text.invalidCharacters";

	private TextCheck() {
	}

	/** {@code null} for a missing text or one of only white space; otherwise the text stripped. */
	public static String normalize(String value) {
		return isEmpty(value) ? null : value.strip();
	}

	/** Whether the text is missing or holds only white space. */
	public static boolean isEmpty(String value) {
		if (value == null) {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	/** Whether a name or short field may hold the text ({@code null} may): no control and no direction character. */
	public static boolean isShortText(String value) {
		return value == null || value.chars().noneMatch(c -> Character.isISOControl(c) || isDirectionControl(c));
	}

	/** Whether long free text may hold the text: line breaks and tabs, but no other control or direction character. */
	public static boolean isLongText(String value) {
		return value == null || value.chars().noneMatch(c -> c != '\n' && c != '\r' && c != '\t'
				&& (Character.isISOControl(c) || isDirectionControl(c)));
	}

	private static boolean isDirectionControl(int c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}
}

package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCheckTests {

	@Test
	void aTextOfOnlyWhiteSpaceIsNoTextButControlCharactersAreKeptForTheCheck() {
		assertThat(TextCheck.normalize(null)).isNull();
		assertThat(TextCheck.normalize(" \t\r\n\u3000")).isNull();
		assertThat(TextCheck.normalize("\u0000")).isEqualTo("\u0000");
		assertThat(TextCheck.isShortText(TextCheck.normalize(" \u0007 "))).isFalse();
		assertThat(TextCheck.isLongText(TextCheck.normalize("\u202E"))).isFalse();
		assertThat(TextCheck.normalize("  王小明 ")).isEqualTo("王小明");
	}

	@Test
	void aShortTextHoldsNoControlAndNoDirectionCharacter() {
		assertThat(TextCheck.isShortText(null)).isTrue();
		assertThat(TextCheck.isShortText("王小明 Wang·Xiaoming")).isTrue();
		assertThat(TextCheck.isShortText("王小\u0000明")).isFalse();
		assertThat(TextCheck.isShortText("凤州镇\n某村")).isFalse();
		assertThat(TextCheck.isShortText("\u0085")).isFalse();
		for (char c : new char[] { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
				'\u2069' }) {
			assertThat(TextCheck.isShortText("王" + c + "明")).as("U+%04X", (int) c).isFalse();
		}
	}

	@Test
	void aLongTextMayHoldLineBreaksAndTabsOnly() {
		assertThat(TextCheck.isLongText("第一行\r\n第二行\t完")).isTrue();
		assertThat(TextCheck.isLongText("备注\u0000")).isFalse();
		assertThat(TextCheck.isLongText("备注\u001b[31m")).isFalse();
		assertThat(TextCheck.isLongText("备注\u202E")).isFalse();
	}
}

package org.shouhu.child;

import java.util.Locale;
import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Search keys of a name: full pinyin ({@code wangxiaoming}) and initials ({@code wxm}), lower case, no spaces,
 * ü written {@code v} (吕 → {@code lv}). A character with several readings takes pinyin4j's first reading, except
 * the first character (the surname), where the surname reading is used for the common polyphonic surnames
 * (单 shan, 曾 zeng, 解 xie, 仇 qiu, 朴 piao, 区 ou, 查 zha, 乐 yue, ...). Latin letters and digits are kept; other
 * characters (·, spaces) are dropped.
 */
record NameKeys(String pinyin, String initials) {

	private static final Map<Character, String> SURNAMES = Map.ofEntries(Map.entry('单', "shan"),
			Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('仇', "qiu"), Map.entry('朴', "piao"),
			Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('乐', "yue"), Map.entry('尉', "yu"),
			Map.entry('缪', "miao"), Map.entry('翟', "zhai"), Map.entry('盖', "ge"), Map.entry('繁', "po"),
			Map.entry('覃', "qin"), Map.entry('召', "shao"), Map.entry('沈', "shen"), Map.entry('长', "chang"),
			Map.entry('重', "chong"), Map.entry('折', "she"), Map.entry('员', "yun"), Map.entry('万', "wan"),
			Map.entry('柏', "bai"), Map.entry('秘', "bi"), Map.entry('黑', "he"), Map.entry('宁', "ning"),
			Map.entry('任', "ren"), Map.entry('石', "shi"), Map.entry('薄', "bo"), Map.entry('华', "hua"),
			Map.entry('纪', "ji"), Map.entry('种', "chong"), Map.entry('隗', "wei"), Map.entry('句', "gou"),
			Map.entry('眭', "sui"), Map.entry('阚', "kan"));

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	static NameKeys of(String name) {
		StringBuilder pinyin = new StringBuilder();
		StringBuilder initials = new StringBuilder();
		String text = name == null ? "" : name.trim();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String syllable = i == 0 && SURNAMES.containsKey(c) ? SURNAMES.get(c) : reading(c);
			if (syllable != null && !syllable.isEmpty()) {
				pinyin.append(syllable);
				initials.append(syllable.charAt(0));
			}
		}
		return new NameKeys(cut(pinyin.toString(), 200), cut(initials.toString(), 50));
	}

	private static String reading(char c) {
		if (c < 128) {
			return Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : null;
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
			return readings == null || readings.length == 0 ? null : readings[0];
		}
		catch (BadHanyuPinyinOutputFormatCombination e) {
			return null;
		}
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}

package org.shouhu.child.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The rule sets the configuration property {@code shouhu.rules.variant} selects from; {@link #NATIONAL} when the
 * property is absent or blank. A further province is one {@link NationalRules} subclass with its
 * {@link RuleSettings} and one entry here.
 */
public enum RulesVariant {

	NATIONAL(NationalRules::new),
	GUANGDONG(GuangdongRules::new);

	public static final String PROPERTY = "shouhu.rules.variant";

	private final Supplier<ClassificationRules> rules;

	RulesVariant(Supplier<ClassificationRules> rules) {
		this.rules = rules;
	}

	public ClassificationRules rules() {
		return rules.get();
	}

	/**
	 * The variant a property value names, ignoring case and surrounding blanks.
	 *
	 * @throws IllegalArgumentException naming the known variants when the value names none
	 */
	public static RulesVariant of(String value) {
		if (value == null || value.isBlank()) {
			return NATIONAL;
		}
		String name = value.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(variant -> variant.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(PROPERTY + ": unknown rules variant '" + value
					+ "', expected one of " + Arrays.toString(values())));
	}
}

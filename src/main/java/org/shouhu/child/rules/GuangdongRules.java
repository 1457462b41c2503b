package org.shouhu.child.rules;

import static org.shouhu.child.SituationType.DEPORTED;
import static org.shouhu.child.SituationType.GUARDIANSHIP_REVOKED;

/**
 * Guangdong's variant: the national rules with GUARDIANSHIP_REVOKED and DEPORTED taken out of set S (DOMAIN.md §1).
 * A parent in either situation still cannot guard for LEFT_BEHIND; only de-facto unsupported changes.
 */
public class GuangdongRules extends NationalRules {

	/** The national settings without the last two members of set S. */
	public static final RuleSettings SETTINGS = RuleSettings.national()
		.withoutUnsupportedSituations(GUARDIANSHIP_REVOKED, DEPORTED);

	public GuangdongRules() {
		super(SETTINGS);
	}
}

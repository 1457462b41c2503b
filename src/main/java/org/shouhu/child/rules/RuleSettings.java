package org.shouhu.child.rules;

import static org.shouhu.child.SituationType.COMPULSORY_DETOX;
import static org.shouhu.child.SituationType.DEPORTED;
import static org.shouhu.child.SituationType.GUARDIANSHIP_REVOKED;
import static org.shouhu.child.SituationType.IMPRISONED;
import static org.shouhu.child.SituationType.LOST_CONTACT;
import static org.shouhu.child.SituationType.OTHER_DETENTION;
import static org.shouhu.child.SituationType.SERIOUS_ILLNESS;
import static org.shouhu.child.SituationType.SEVERE_DISABILITY;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.shouhu.child.SituationType;

/**
 * What a province may vary in the classification rules. A local variant is the national settings with its
 * differences applied, e.g. {@code RuleSettings.national().withoutUnsupportedSituations(DEPORTED)}.
 *
 * @param unsupportedSituations set S of 民发〔2019〕62号: the parent situations that, for both parents or together with
 *     a gone parent, make a child de-facto unsupported. Always a subset of {@link #NATIONAL_S}.
 */
public record RuleSettings(Set<SituationType> unsupportedSituations) {

	/** Set S as 民发〔2019〕62号 defines it (DOMAIN.md §1). */
	public static final Set<SituationType> NATIONAL_S = Collections.unmodifiableSet(EnumSet.of(SEVERE_DISABILITY,
			SERIOUS_ILLNESS, IMPRISONED, COMPULSORY_DETOX, OTHER_DETENTION, LOST_CONTACT, GUARDIANSHIP_REVOKED, DEPORTED));

	public RuleSettings {
		Objects.requireNonNull(unsupportedSituations, "unsupportedSituations");
		if (!NATIONAL_S.containsAll(unsupportedSituations)) {
			throw new IllegalArgumentException("set S may only hold members of the national set S: " + unsupportedSituations);
		}
		unsupportedSituations = unsupportedSituations.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(unsupportedSituations));
	}

	/** The national rules (DOMAIN.md §1–2). */
	public static RuleSettings national() {
		return new RuleSettings(NATIONAL_S);
	}

	/** These settings with the given situations taken out of set S. */
	public RuleSettings withoutUnsupportedSituations(SituationType... situations) {
		Set<SituationType> s = EnumSet.copyOf(NATIONAL_S);
		s.retainAll(unsupportedSituations);
		s.removeAll(Arrays.asList(situations));
		return new RuleSettings(s);
	}
}

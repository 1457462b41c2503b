package org.shouhu.child;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the care module needs to know about a file to keep its visit schedule and close-attention reasons: where the
 * child lives, whether the file is active, when it was registered, and the facts behind the family reasons.
 *
 * @param registeredOn      the day the file was registered (China Standard Time)
 * @param disabled          the child's health status is {@link HealthStatus#DISABLED}
 * @param fatherSituations  the father's current situations (no end date, or ending after today)
 * @param motherSituations  the mother's current situations, likewise
 * @param categories        the categories the file holds now
 */
public record ChildCareFacts(long childId, String villageCode, ChildStatus status, LocalDate birthDate,
		LocalDate registeredOn, boolean disabled, Set<SituationType> fatherSituations,
		Set<SituationType> motherSituations, Set<Category> categories) {

	public ChildCareFacts {
		fatherSituations = Set.copyOf(fatherSituations);
		motherSituations = Set.copyOf(motherSituations);
		categories = Set.copyOf(categories);
	}

	/** The current situations of either parent. */
	public Set<SituationType> currentParentSituations() {
		Set<SituationType> all = EnumSet.noneOf(SituationType.class);
		all.addAll(fatherSituations);
		all.addAll(motherSituations);
		return all;
	}

	public boolean active() {
		return status == ChildStatus.ACTIVE;
	}
}

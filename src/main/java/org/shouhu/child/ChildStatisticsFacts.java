package org.shouhu.child;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the statistics module counts of a file: where the child lives, whether the file is active, birth date, gender,
 * the categories it holds now and the entrusted caregiver's relation ({@code null} when none is recorded).
 */
public record ChildStatisticsFacts(long childId, String villageCode, ChildStatus status, LocalDate birthDate,
		Gender gender, Set<Category> categories, CaregiverRelation caregiverRelation) {

	public ChildStatisticsFacts {
		categories = Set.copyOf(categories);
	}

	/** Counted by the statistics: an active file with at least one category. */
	public boolean counted() {
		return status == ChildStatus.ACTIVE && !categories.isEmpty();
	}
}

package org.shouhu.protection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Caregiver cases. Not scoped: {@link CaregiverCases} restricts what users see to their jurisdiction. */
interface CaregiverCaseRepository extends JpaRepository<CaregiverCase, Long> {

	/** The child's open case (at most one: unique index on {@code open_child_id}). */
	Optional<CaregiverCase> findByOpenChildId(Long childId);

	/** The child's cases, newest first. */
	List<CaregiverCase> findByChildIdOrderByOpenedOnDescIdDesc(long childId);
}

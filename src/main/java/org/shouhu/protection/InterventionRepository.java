package org.shouhu.protection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterventionRepository extends JpaRepository<Intervention, Long> {

	/** Newest first: by start date, then by recording order (index protection_intervention_child_idx). */
	List<Intervention> findByChildIdOrderByStartedOnDescIdDesc(long childId);

	Optional<Intervention> findByIdAndChildId(long id, long childId);

	boolean existsByChildIdAndTypeAndStatus(long childId, InterventionType type, InterventionStatus status);
}

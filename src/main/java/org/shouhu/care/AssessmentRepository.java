package org.shouhu.care;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	/** Newest first: by assessment date, then by recording order. */
	List<Assessment> findByChildIdOrderByAssessedOnDescIdDesc(long childId, Pageable page);

	Optional<Assessment> findByIdAndChildId(long id, long childId);

	long countByChildId(long childId);
}

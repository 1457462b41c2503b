package org.shouhu.care;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Visits; callers check the jurisdiction first. */
interface VisitRepository extends JpaRepository<Visit, Long> {

	/** Newest first: by date, then by recording order (index {@code visit_child_idx}). */
	List<Visit> findByChildIdOrderByVisitedOnDescIdDesc(long childId);
}

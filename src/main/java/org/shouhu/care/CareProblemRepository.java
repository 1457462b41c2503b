package org.shouhu.care;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Problems; callers check the jurisdiction first. */
interface CareProblemRepository extends JpaRepository<CareProblem, Long> {

	/** Open ones first, then resolved, each newest first. */
	@Query("select p from CareProblem p where p.childId = :childId order by p.status, p.openedOn desc, p.id desc")
	List<CareProblem> findByChild(long childId);

	/** The problem an assessment opened, if any. */
	Optional<CareProblem> findByAssessmentId(long assessmentId);

	Optional<CareProblem> findByIdAndChildId(long id, long childId);

	/** The open problems of these children, oldest first (index {@code care_problem_child_idx}). */
	@Query("select p from CareProblem p where p.childId in :childIds and p.status = org.shouhu.care.CareProblem.Status.OPEN"
			+ " order by p.openedOn, p.id")
	List<CareProblem> findOpen(Collection<Long> childIds);
}

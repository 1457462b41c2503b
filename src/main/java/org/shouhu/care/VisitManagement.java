package org.shouhu.care;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits, each child's schedule and problems. Callers must work with child files (else 403); a child outside the
 * caller's jurisdiction is 404, like an unknown one. Bad input is 400 with every field problem, nothing stored.
 */
@Service
@Transactional
public class VisitManagement {

	/** Records a visit, updates the schedule, opens a problem when problems were found and follow-up is needed. */
	public VisitView record(long childId, NewVisit visit) {
		throw new UnsupportedOperationException("care: being built");
	}

	/** The child's visits, newest first (by date, then by recording order). */
	@Transactional(readOnly = true)
	public List<VisitView> visits(long childId) {
		throw new UnsupportedOperationException("care: being built");
	}

	@Transactional(readOnly = true)
	public VisitScheduleView schedule(long childId) {
		throw new UnsupportedOperationException("care: being built");
	}

	/** The child's problems, open ones first, then resolved, newest first. */
	@Transactional(readOnly = true)
	public List<ProblemView> problems(long childId) {
		throw new UnsupportedOperationException("care: being built");
	}

	/** Resolves an open problem with what was done (required; 400 when blank); a resolved one → 409. */
	public ProblemView resolveProblem(long childId, long problemId, String resolution) {
		throw new UnsupportedOperationException("care: being built");
	}
}

package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A problem found on a visit or by a risk assessment and tracked to a solution; {@code resolution} says what was done.
 *
 * @param visitId      the visit that found it; {@code null} when an assessment did
 * @param assessmentId the assessment that found it (a {@code HIGH} one with red flag {@code safety1} or
 *                     {@code guardianship1}); {@code null} when a visit did
 */
public record ProblemView(long id, long childId, Long visitId, String description, LocalDate openedOn,
		boolean open, LocalDate resolvedOn, String resolution, String resolvedBy, Instant resolvedAt,
		Long assessmentId) {

	/** Whether an assessment, not a visit, found the problem. */
	public boolean fromAssessment() {
		return assessmentId != null;
	}
}

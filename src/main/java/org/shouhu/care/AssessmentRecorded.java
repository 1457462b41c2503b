package org.shouhu.care;

import java.time.LocalDate;

/**
 * A risk assessment was recorded; {@code riskLevel} is the final level (after any override), {@code answers} the
 * answer grade per item code ({@code guardianship1} → {@code SERIOUS}) and {@code redFlags} the item codes answered
 * with a red flag ({@link AssessmentForm}).
 */
public record AssessmentRecorded(long assessmentId, long childId, RiskLevel riskLevel, LocalDate assessedOn,
		java.util.Map<String, String> answers, java.util.List<String> redFlags) {

	public AssessmentRecorded {
		answers = answers == null ? java.util.Map.of() : java.util.Map.copyOf(answers);
		redFlags = redFlags == null ? java.util.List.of() : java.util.List.copyOf(redFlags);
	}

	/** An event without answers (the level alone), as tests of the schedule publish it. */
	public AssessmentRecorded(long assessmentId, long childId, RiskLevel riskLevel, LocalDate assessedOn) {
		this(assessmentId, childId, riskLevel, assessedOn, null, null);
	}
}

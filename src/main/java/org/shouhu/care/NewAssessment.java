package org.shouhu.care;

import java.time.LocalDate;
import java.util.Map;

/**
 * A risk assessment as the assessor records it (the body of {@code POST /api/v1/children/{id}/assessments}).
 *
 * @param assessedOn     required, not in the future
 * @param answers        item code → option code ({@code NORMAL}, {@code CONCERN}, {@code SERIOUS}) for every item of
 *                       the {@link AssessmentForm}
 * @param overrideLevel  optional: the assessor's level when it is higher than the computed one (lowering is refused)
 * @param overrideReason required with a raised {@code overrideLevel}, at most 500 characters
 */
public record NewAssessment(LocalDate assessedOn, Map<String, String> answers, RiskLevel overrideLevel,
		String overrideReason) {
}

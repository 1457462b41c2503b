package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A recorded risk assessment. {@code riskLevel} is the final level: {@code overrideLevel} when the assessor raised it,
 * else {@code computedLevel} (from {@code score} and {@code redFlags}, see {@link AssessmentForm}).
 *
 * @param answers   item code → option code, in the form's order
 * @param redFlags  codes of the items answered with a red flag
 * @param problemId the problem the assessment opened ({@link Assessments#opensProblem}), else {@code null}
 */
public record AssessmentView(long id, long childId, LocalDate assessedOn, RiskLevel riskLevel, String riskLevelLabel,
		int score, int maxScore, RiskLevel computedLevel, RiskLevel overrideLevel, String overrideReason,
		List<String> redFlags, List<AreaScore> areas, Map<String, String> answers, int formVersion, String assessedBy,
		Instant assessedAt, Long problemId) {
}

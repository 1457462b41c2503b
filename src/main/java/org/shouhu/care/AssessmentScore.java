package org.shouhu.care;

import java.util.List;
import java.util.Map;

/**
 * What the answers of an assessment give: the total, the score of each area, the items answered with a red flag, and
 * the level these give ({@link AssessmentForm#level}).
 */
public record AssessmentScore(int total, Map<AssessmentArea, Integer> byArea, List<String> redFlags, RiskLevel level) {

	public AssessmentScore {
		byArea = Map.copyOf(byArea);
		redFlags = List.copyOf(redFlags);
	}
}

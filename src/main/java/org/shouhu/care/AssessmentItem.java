package org.shouhu.care;

import java.util.List;
import java.util.Optional;

/** One question of the risk assessment with its answers (lowest score first). */
public record AssessmentItem(String code, AssessmentArea area, String question, List<AssessmentOption> options) {

	public AssessmentItem {
		options = List.copyOf(options);
	}

	public Optional<AssessmentOption> option(String code) {
		return options.stream().filter(o -> o.code().equals(code)).findFirst();
	}

	/** The highest score an answer can give. */
	public int maxScore() {
		return options.stream().mapToInt(AssessmentOption::score).max().orElse(0);
	}

	/** Whether one of the answers is a red flag. */
	public boolean hasRedFlag() {
		return options.stream().anyMatch(AssessmentOption::redFlag);
	}
}

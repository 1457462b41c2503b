package org.shouhu.care;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a recorded assessment with the score it gave under the assessment's form version. */
@Embeddable
class AssessmentAnswer {

	@Column(name = "item_code", nullable = false, length = 30)
	private String itemCode;

	@Column(name = "option_code", nullable = false, length = 10)
	private String optionCode;

	@Column(nullable = false)
	private int score;

	protected AssessmentAnswer() {
	}

	AssessmentAnswer(String itemCode, String optionCode, int score) {
		this.itemCode = itemCode;
		this.optionCode = optionCode;
		this.score = score;
	}

	String getItemCode() {
		return itemCode;
	}

	String getOptionCode() {
		return optionCode;
	}

	int getScore() {
		return score;
	}
}

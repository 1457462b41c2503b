package org.shouhu.care;

/**
 * One answer an assessment item offers. Its code is the {@link Finding} it stands for ({@code NORMAL}, {@code CONCERN},
 * {@code SERIOUS}); {@code label} describes it in the item's own words.
 *
 * @param redFlag choosing this answer makes the assessment {@link RiskLevel#HIGH} whatever the total score
 */
public record AssessmentOption(Finding grade, String label, int score, boolean redFlag) {

	public String code() {
		return grade.name();
	}

	/** 正常 / 一般风险 / 严重. */
	public String gradeLabel() {
		return switch (grade) {
			case NORMAL -> "正常";
			case CONCERN -> "一般风险";
			case SERIOUS -> "严重";
		};
	}
}

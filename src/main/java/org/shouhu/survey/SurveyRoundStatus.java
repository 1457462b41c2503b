package org.shouhu.survey;

/** Whether a round is running ({@code OPEN}) or closed with its snapshot ({@code CLOSED}). */
public enum SurveyRoundStatus {

	OPEN("进行中"), CLOSED("已关闭");

	private final String label;

	SurveyRoundStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

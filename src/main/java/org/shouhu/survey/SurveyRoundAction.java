package org.shouhu.survey;

/** What happened to a round, for its history. */
public enum SurveyRoundAction {

	OPENED("开启轮次"), VILLAGE_CONFIRMED("确认本村已核查"), TOWNSHIP_SUBMITTED("提交本乡镇"), CLOSED("关闭轮次");

	private final String label;

	SurveyRoundAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

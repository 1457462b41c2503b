package org.shouhu.protection;

/** How a temporary guardianship ends (未保法 第九十三条第二款、第九十四条). */
public enum InterventionOutcome {

	/** 第九十三条第二款: 经民政部门评估，监护人重新具备履行监护职责条件的，送回监护人抚养. */
	RETURNED_HOME("经评估送回监护人抚养"),
	/** 第九十四条: 转为民政部门长期监护. */
	LONG_TERM_GUARDIANSHIP("转为长期监护");

	private final String label;

	InterventionOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

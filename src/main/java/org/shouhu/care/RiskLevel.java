package org.shouhu.care;

/** The level an assessment gives. */
public enum RiskLevel {

	LOW("低风险"),
	MEDIUM("中风险"),
	HIGH("高风险");

	private final String label;

	RiskLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

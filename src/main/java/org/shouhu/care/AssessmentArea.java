package org.shouhu.care;

/**
 * The six areas of a risk assessment, in the order the form asks them. Each item code is the area's {@link #prefix()}
 * followed by its number ({@code safety1}).
 */
public enum AssessmentArea {

	GUARDIANSHIP("guardianship", "监护照料"),
	SAFETY("safety", "安全"),
	HEALTH("health", "身体健康"),
	SCHOOLING("schooling", "就学"),
	PSYCHOLOGY("psychology", "心理行为"),
	LIVING("living", "生活条件");

	private final String prefix;
	private final String label;

	AssessmentArea(String prefix, String label) {
		this.prefix = prefix;
		this.label = label;
	}

	public String prefix() {
		return prefix;
	}

	public String label() {
		return label;
	}
}

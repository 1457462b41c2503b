package org.shouhu.care;

/** How the director reached the child. */
public enum VisitMethod {

	PHONE("电话"),
	VIDEO("视频"),
	IN_PERSON("当面");

	private final String label;

	VisitMethod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

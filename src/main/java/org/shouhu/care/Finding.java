package org.shouhu.care;

/** What a visit found in one area. */
public enum Finding {

	NORMAL("正常"),
	CONCERN("需关注"),
	SERIOUS("严重");

	private final String label;

	Finding(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

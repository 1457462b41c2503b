package org.shouhu.child;

/** 户籍类型. */
public enum HukouType {

	RURAL("农村"),
	URBAN("城镇");

	private final String label;

	HukouType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

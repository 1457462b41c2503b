package org.shouhu.child;

/** 家庭收入来源. */
public enum FamilyIncome {

	WAGES("打工"),
	FARMING("种养殖"),
	GOVERNMENT_ASSISTANCE("政府救助"),
	RELATIVES("亲朋接济"),
	OTHER("其他");

	private final String label;

	FamilyIncome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

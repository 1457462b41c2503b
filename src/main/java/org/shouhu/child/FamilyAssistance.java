package org.shouhu.child;

/** 享受救助情况. */
public enum FamilyAssistance {

	DIBAO("低保"),
	TEKUN("特困"),
	TEMPORARY_ASSISTANCE("临时救助"),
	MEDICAL_ASSISTANCE("医疗救助"),
	HOUSING_ASSISTANCE("住房救助"),
	OTHER("其他");

	private final String label;

	FamilyAssistance(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.protection;

/** A caregiver case is open until closed with its outcome. */
public enum CaregiverCaseStatus {

	OPEN("处理中"), CLOSED("已结案");

	private final String label;

	CaregiverCaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.child;

/** 就学情况. */
public enum SchoolingStatus {

	NOT_IN_KINDERGARTEN("未入园"),
	KINDERGARTEN("幼儿园"),
	PRIMARY("小学"),
	JUNIOR_HIGH("初中"),
	SENIOR_HIGH("高中"),
	VOCATIONAL("中职"),
	DROPPED_OUT("辍学"),
	NOT_IN_SCHOOL("不在学");

	private final String label;

	SchoolingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.child;

/** 监护情况 (2016 national form). */
public enum GuardianshipGrade {

	NONE("无人监护"),
	PARENT_INCAPABLE("父或母无监护能力"),
	CAREGIVER_INCAPABLE("受委托监护人监护能力不足"),
	FAIR("监护情况一般"),
	GOOD("监护情况较好");

	private final String label;

	GuardianshipGrade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

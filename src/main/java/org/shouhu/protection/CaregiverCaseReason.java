package org.shouhu.protection;

/** What opened a caregiver case (DOMAIN.md §6 委托照护; seed 004 item 5). */
public enum CaregiverCaseReason {

	/** The file's Art 22 checklist failed when saved. */
	CHECKLIST_FAILED("照护人不符合未成年人保护法第二十二条条件"),
	/** A visit found guardianship 严重. */
	VISIT_GUARDIANSHIP_SERIOUS("走访发现监护照料情况严重"),
	/** An assessment judged the caregiver incapable or neglectful (监护照料 item 3 严重). */
	ASSESSMENT_CAREGIVER_INCAPABLE("风险评估认定照护人缺乏照护能力或怠于履行照护职责");

	private final String label;

	CaregiverCaseReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.protection;

/**
 * 未保法（2020年修订）第九十二条: the seven situations in which 民政部门 takes a child into temporary guardianship.
 */
public enum TemporaryGuardianshipBasis {

	/** （一）未成年人流浪乞讨或者身份不明，暂时查找不到父母或者其他监护人. */
	WANDERING_NO_GUARDIAN("流浪乞讨或身份不明，暂时查找不到父母或其他监护人"),
	/** （二）监护人下落不明且无其他人可以担任监护人. */
	GUARDIAN_MISSING("监护人下落不明且无其他人可以担任监护人"),
	/** （三）监护人因自身客观原因或者因发生自然灾害、事故灾难、公共卫生事件等突发事件不能履行监护职责，导致未成年人监护缺失. */
	GUARDIAN_UNABLE("监护人因自身客观原因或突发事件不能履行监护职责"),
	/** （四）监护人拒绝或者怠于履行监护职责，导致未成年人处于无人照料的状态. */
	GUARDIAN_NEGLECT("监护人拒绝或怠于履行监护职责，儿童无人照料"),
	/** （五）监护人教唆、利用未成年人实施违法犯罪行为，未成年人需要被带离安置. */
	GUARDIAN_INCITES_CRIME("监护人教唆、利用儿童实施违法犯罪，需带离安置"),
	/** （六）未成年人遭受监护人严重伤害或者面临人身安全威胁，需要被紧急安置. */
	GUARDIAN_HARM("遭受监护人严重伤害或面临人身安全威胁，需紧急安置"),
	/** （七）法律规定的其他情形. */
	OTHER_LEGAL("法律规定的其他情形");

	private final String label;

	TemporaryGuardianshipBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

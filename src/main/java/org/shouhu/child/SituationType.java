package org.shouhu.child;

/** 父母现状 (DOMAIN.md §2). A parent with no situation lives at home and can guard. */
public enum SituationType {

	OUT_MIGRANT("外出务工"),
	DECEASED("死亡"),
	DECLARED_DEAD("宣告死亡"),
	DECLARED_MISSING("宣告失踪"),
	SEVERE_DISABILITY("重残"),
	SERIOUS_ILLNESS("重病"),
	IMPRISONED("服刑在押"),
	COMPULSORY_DETOX("强制隔离戒毒"),
	OTHER_DETENTION("其他限制人身自由"),
	LOST_CONTACT("失联"),
	GUARDIANSHIP_REVOKED("被撤销监护资格"),
	DEPORTED("被遣送出境");

	private final String label;

	SituationType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

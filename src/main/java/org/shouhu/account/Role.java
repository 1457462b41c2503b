package org.shouhu.account;

/** Roles of DOMAIN.md §4. The three admin roles are kept apart (等保 separation of duties). */
public enum Role {

	CHILD_DIRECTOR("儿童主任"),
	SUPERVISOR("儿童督导员"),
	CIVIL_AFFAIRS("民政工作人员"),
	DEPARTMENT("成员单位联络员"),
	VIEWER("领导查看"),
	SECURITY_ADMIN("安全管理员"),
	SYSTEM_ADMIN("系统管理员"),
	AUDIT_ADMIN("审计管理员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Roles that may read and write child files within their jurisdiction. */
	public boolean worksWithChildFiles() {
		return this == CHILD_DIRECTOR || this == SUPERVISOR || this == CIVIL_AFFAIRS;
	}
}

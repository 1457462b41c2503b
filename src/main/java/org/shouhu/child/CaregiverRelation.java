package org.shouhu.child;

/** 委托照护人与儿童关系. */
public enum CaregiverRelation {

	PATERNAL_GRANDPARENT("祖父母"),
	MATERNAL_GRANDPARENT("外祖父母"),
	OTHER_RELATIVE("其他亲属"),
	FRIEND_OR_NEIGHBOR("亲友邻居"),
	OTHER("其他");

	private final String label;

	CaregiverRelation(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

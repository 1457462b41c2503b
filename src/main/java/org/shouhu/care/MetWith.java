package org.shouhu.care;

/** Whom the director met or spoke to on a visit. */
public enum MetWith {

	CHILD("儿童本人"),
	CAREGIVER("受委托照护人"),
	FATHER("父亲"),
	MOTHER("母亲"),
	TEACHER("老师"),
	OTHER("其他");

	private final String label;

	MetWith(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.care;

/** A contact (联系: phone, video or in person) or a home visit (入户走访), which also counts as a contact. */
public enum VisitType {

	CONTACT("联系"),
	HOME_VISIT("入户走访");

	private final String label;

	VisitType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.protection;

/** How a caregiver case ended. */
public enum CaregiverCaseOutcome {

	/** The parents chose another caregiver (the file names a new one, with a signed confirmation). */
	NEW_CAREGIVER("父母另行委托照护人"),
	/** The caregiver was helped and now does the job (the checklist no longer fails). */
	CAREGIVER_IMPROVED("照护人经帮扶后能够履行照护职责"),
	/** A parent came home to care for the child. */
	PARENT_RETURNED("父母返乡照料"),
	/** Closed by the system when the child's file exited (减员); not a choice of the close form or the API. */
	CHILD_EXITED("儿童已减员");

	/** Whether a user may close a case with this outcome. */
	public boolean chosenByUsers() {
		return this != CHILD_EXITED;
	}

	private final String label;

	CaregiverCaseOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

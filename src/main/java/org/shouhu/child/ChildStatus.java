package org.shouhu.child;

/** Whether a file is being worked on ({@code ACTIVE}) or the child has left (减员, {@code EXITED}). */
public enum ChildStatus {

	ACTIVE("在册"), EXITED("已减员");

	private final String label;

	ChildStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

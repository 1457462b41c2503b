package org.shouhu.protection;

/** A one-off step is {@code RECORDED}; a temporary guardianship is {@code ACTIVE} until {@code ENDED}. */
public enum InterventionStatus {

	RECORDED("已记录"),
	ACTIVE("进行中"),
	ENDED("已结束");

	private final String label;

	InterventionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.child;

/** 健康状况 (2016 national form). */
public enum HealthStatus {

	HEALTHY("健康"),
	DISABLED("残疾"),
	SERIOUSLY_ILL("重病");

	private final String label;

	HealthStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package org.shouhu.protection;

/** A report's handling: received → accepted (受理) → concluded (办结) → feedback given to the reporter (反馈). */
public enum ReportStatus {

	RECEIVED("待受理"), ACCEPTED("已受理"), CONCLUDED("已办结"), FEEDBACK_GIVEN("已反馈");

	private final String label;

	ReportStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

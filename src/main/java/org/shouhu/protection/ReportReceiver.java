package org.shouhu.protection;

/**
 * Where a report is routed ({@code routedTo}): the member departments of {@link org.shouhu.account.Department} that
 * receive reports, plus civil affairs (民政, the county's {@code CIVIL_AFFAIRS} users). Codes equal the department codes.
 */
public enum ReportReceiver {

	PUBLIC_SECURITY("公安"), CIVIL_AFFAIRS("民政"), EDUCATION("教育"), HEALTH("卫健");

	private final String label;

	ReportReceiver(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

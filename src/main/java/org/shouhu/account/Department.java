package org.shouhu.account;

/** Member departments of DOMAIN.md §4 that a {@link Role#DEPARTMENT} liaison works for. */
public enum Department {

	PUBLIC_SECURITY("公安"), EDUCATION("教育"), HEALTH("卫健"), COURT("法院"), PROCURATORATE("检察院"), JUSTICE("司法"),
	WOMENS_FEDERATION("妇联"), YOUTH_LEAGUE("团委"), DISABLED_FEDERATION("残联"), CYBERSPACE("网信"),
	HUMAN_RESOURCES("人社"), EMERGENCY("应急"), FINANCE("财政");

	private final String label;

	Department(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

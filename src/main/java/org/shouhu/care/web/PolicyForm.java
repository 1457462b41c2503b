package org.shouhu.care.web;

import org.shouhu.care.VisitPolicy;

/** The visit cadence form of one county; the three intervals in days. Bound as JavaBeans. */
public class PolicyForm {

	private String countyCode;
	private Integer contactDays;
	private Integer homeVisitDays;
	private Integer closeAttentionHomeVisitDays;

	static PolicyForm of(VisitPolicy policy) {
		PolicyForm form = new PolicyForm();
		form.countyCode = policy.countyCode();
		form.contactDays = policy.contactDays();
		form.homeVisitDays = policy.homeVisitDays();
		form.closeAttentionHomeVisitDays = policy.closeAttentionHomeVisitDays();
		return form;
	}

	public String getCountyCode() {
		return countyCode;
	}

	public void setCountyCode(String countyCode) {
		this.countyCode = countyCode;
	}

	public Integer getContactDays() {
		return contactDays;
	}

	public void setContactDays(Integer contactDays) {
		this.contactDays = contactDays;
	}

	public Integer getHomeVisitDays() {
		return homeVisitDays;
	}

	public void setHomeVisitDays(Integer homeVisitDays) {
		this.homeVisitDays = homeVisitDays;
	}

	public Integer getCloseAttentionHomeVisitDays() {
		return closeAttentionHomeVisitDays;
	}

	public void setCloseAttentionHomeVisitDays(Integer closeAttentionHomeVisitDays) {
		this.closeAttentionHomeVisitDays = closeAttentionHomeVisitDays;
	}
}

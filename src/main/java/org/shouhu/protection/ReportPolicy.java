package org.shouhu.protection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A county's own acceptance deadline; counties without a row use {@link ReportPolicies#DEFAULT_MINUTES}. */
@Entity
@Table(name = "report_policy")
class ReportPolicy {

	@Id
	@Column(name = "county_code", length = 6)
	private String countyCode;

	@Version
	private long version;

	@Column(name = "accept_within_minutes", nullable = false)
	private int acceptWithinMinutes;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ReportPolicy() {
	}

	void change(int minutes, String actor, Instant now) {
		this.acceptWithinMinutes = minutes;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	long getVersion() {
		return version;
	}

	int getAcceptWithinMinutes() {
		return acceptWithinMinutes;
	}

	ReportPolicyView view() {
		return new ReportPolicyView(countyCode, acceptWithinMinutes, version, updatedBy, updatedAt);
	}
}

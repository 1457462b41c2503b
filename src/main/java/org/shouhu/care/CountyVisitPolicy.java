package org.shouhu.care;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A county's own visit cadence; counties without a row use {@link #DEFAULTS}. */
@Entity
@Table(name = "visit_policy")
class CountyVisitPolicy {

	/** DOMAIN.md §5 (seed 004 item 2): contact weekly, home visit monthly, every 14 days in close attention. */
	static final int DEFAULT_CONTACT_DAYS = 7;
	static final int DEFAULT_HOME_VISIT_DAYS = 30;
	static final int DEFAULT_CLOSE_ATTENTION_HOME_VISIT_DAYS = 14;

	@Id
	@Column(name = "county_code", length = 6)
	private String countyCode;

	@Version
	private long version;

	@Column(name = "contact_days", nullable = false)
	private int contactDays;

	@Column(name = "home_visit_days", nullable = false)
	private int homeVisitDays;

	@Column(name = "close_attention_home_visit_days", nullable = false)
	private int closeAttentionHomeVisitDays;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CountyVisitPolicy() {
	}

	CountyVisitPolicy(String countyCode) {
		this.countyCode = countyCode;
	}

	static VisitPolicy defaults(String countyCode) {
		return new VisitPolicy(countyCode, DEFAULT_CONTACT_DAYS, DEFAULT_HOME_VISIT_DAYS,
				DEFAULT_CLOSE_ATTENTION_HOME_VISIT_DAYS, null, null);
	}

	/** Intervals must have been validated. */
	void change(int contactDays, int homeVisitDays, int closeAttentionHomeVisitDays, String actor, Instant now) {
		this.contactDays = contactDays;
		this.homeVisitDays = homeVisitDays;
		this.closeAttentionHomeVisitDays = closeAttentionHomeVisitDays;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	VisitPolicy view() {
		return new VisitPolicy(countyCode, contactDays, homeVisitDays, closeAttentionHomeVisitDays, updatedBy,
				updatedAt);
	}
}

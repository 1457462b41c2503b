package org.shouhu.protection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shouhu.common.NotAllowedNowException;
import org.shouhu.region.RegionCodes;

/**
 * A report offered to the village director because a visit or an assessment found what must be reported. Open until a
 * report is filed for the child or the director declines it with a reason; either is recorded with who and when.
 */
@Entity
@Table(name = "report_suggestion")
class ReportSuggestion {

	static final int DESCRIPTION_LIMIT = 2000;
	static final int REASON_LIMIT = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "child_id", nullable = false)
	private long childId;

	@Embedded
	private RegionCodes region;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SuggestionSource source;

	@Column(name = "source_id", nullable = false)
	private long sourceId;

	@Column(nullable = false, length = 40)
	private String situation;

	@Column(nullable = false, length = DESCRIPTION_LIMIT)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SuggestionStatus status;

	@Column(name = "report_id")
	private Long reportId;

	@Column(name = "declined_reason", length = REASON_LIMIT)
	private String declinedReason;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ReportSuggestion() {
	}

	ReportSuggestion(long childId, String villageCode, SuggestionSource source, long sourceId, String situation,
			String description, Instant now) {
		this.childId = childId;
		this.region = RegionCodes.of(villageCode);
		this.source = source;
		this.sourceId = sourceId;
		this.situation = situation;
		this.description = description.length() > DESCRIPTION_LIMIT ? description.substring(0, DESCRIPTION_LIMIT)
				: description;
		this.status = SuggestionStatus.OPEN;
		this.createdAt = now;
	}

	/** Declines with the reason (checked by the service); only an open suggestion (else 409). */
	void decline(String reason, String actor, Instant now) {
		if (status != SuggestionStatus.OPEN) {
			throw new NotAllowedNowException("protection.suggestion.notOpen");
		}
		this.status = SuggestionStatus.DECLINED;
		this.declinedReason = reason;
		this.decidedBy = actor;
		this.decidedAt = now;
	}

	/** A report was filed for the child: the open suggestion is done. */
	void filed(long reportId, String actor, Instant now) {
		if (status != SuggestionStatus.OPEN) {
			throw new NotAllowedNowException("protection.suggestion.notOpen");
		}
		this.status = SuggestionStatus.FILED;
		this.reportId = reportId;
		this.decidedBy = actor;
		this.decidedAt = now;
	}

	ReportSuggestionView view(String situationLabel) {
		return new ReportSuggestionView(id, version, childId, status, source, sourceId, situation, situationLabel,
				description, createdAt, reportId, declinedReason, decidedBy, decidedAt);
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	long getChildId() {
		return childId;
	}

	RegionCodes getRegion() {
		return region;
	}

	String getSituation() {
		return situation;
	}

	String getDescription() {
		return description;
	}

	SuggestionStatus getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}

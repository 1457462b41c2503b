package org.shouhu.protection;

import java.time.Instant;
import java.time.LocalDate;

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
 * A caregiver case (委托照护个案): opened when a caregiver fails the Art 22 checklist, a visit finds guardianship 严重 or
 * an assessment judges the caregiver incapable; it records when and how the parents were told and closes with its
 * outcome. {@code openChildId} holds the child's id while the case is open (null once closed): its unique index
 * (V16) keeps one open case per child, whatever runs at once.
 */
@Entity
@Table(name = "caregiver_case")
class CaregiverCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "child_id", nullable = false)
	private long childId;

	@Column(name = "open_child_id")
	private Long openChildId;

	@Embedded
	private RegionCodes region;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CaregiverCaseStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private CaregiverCaseReason reason;

	@Column(name = "reason_detail", length = 1000)
	private String reasonDetail;

	@Column(name = "source_id")
	private Long sourceId;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "caregiver_digest", length = 64)
	private String caregiverDigest;

	@Column(name = "parents_notified_on")
	private LocalDate parentsNotifiedOn;

	@Column(name = "notified_how", length = 1000)
	private String notifiedHow;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private CaregiverCaseOutcome outcome;

	@Column(name = "close_note", length = 2000)
	private String closeNote;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "closed_by", length = 100)
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected CaregiverCase() {
	}

	CaregiverCase(long childId, String villageCode, CaregiverCaseReason reason, String reasonDetail, Long sourceId,
			String caregiverDigest, LocalDate openedOn, Instant openedAt) {
		this.childId = childId;
		this.openChildId = childId;
		this.region = RegionCodes.of(villageCode);
		this.status = CaregiverCaseStatus.OPEN;
		this.reason = reason;
		this.reasonDetail = reasonDetail == null || reasonDetail.length() <= 1000 ? reasonDetail
				: reasonDetail.substring(0, 1000);
		this.sourceId = sourceId;
		this.caregiverDigest = caregiverDigest;
		this.openedOn = openedOn;
		this.openedAt = openedAt;
	}

	/** Records when and how the parents were told (again: the later record replaces it). Refuses a closed case. */
	void parentsNotified(LocalDate on, String how) {
		requireOpen();
		this.parentsNotifiedOn = on;
		this.notifiedHow = how;
	}

	/** Closes the case; the caller has checked that the outcome fits the file. Refuses a closed case. */
	void close(CaregiverCaseOutcome outcome, String note, LocalDate on, Instant at, String by) {
		requireOpen();
		if (parentsNotifiedOn == null) {
			throw new NotAllowedNowException("protection.caregiver.close.notNotified");
		}
		this.status = CaregiverCaseStatus.CLOSED;
		this.openChildId = null;
		this.outcome = outcome;
		this.closeNote = note;
		this.closedOn = on;
		this.closedAt = at;
		this.closedBy = by;
	}

	/** The child's file exited: the case ends with {@link CaregiverCaseOutcome#CHILD_EXITED} (no notice needed). */
	void closeOnExit(String note, LocalDate on, Instant at, String by) {
		requireOpen();
		this.status = CaregiverCaseStatus.CLOSED;
		this.openChildId = null;
		this.outcome = CaregiverCaseOutcome.CHILD_EXITED;
		this.closeNote = note;
		this.closedOn = on;
		this.closedAt = at;
		this.closedBy = by;
	}

	/** The child moved to {@code villageCode}: the case follows the file (seen by the new village's people). */
	void movedTo(String villageCode) {
		this.region = RegionCodes.of(villageCode);
	}

	void requireOpen() {
		if (status != CaregiverCaseStatus.OPEN) {
			throw new NotAllowedNowException("protection.caregiver.closed");
		}
	}

	CaregiverCaseView view() {
		return new CaregiverCaseView(id, childId, status, reason, reason.label(), reasonDetail, openedOn,
				parentsNotifiedOn, notifiedHow, outcome, outcome == null ? null : outcome.label(), closeNote, closedOn,
				closedBy, version);
	}

	Long getId() {
		return id;
	}

	long getChildId() {
		return childId;
	}

	String getVillageCode() {
		return region.villageCode();
	}

	CaregiverCaseStatus getStatus() {
		return status;
	}

	CaregiverCaseReason getReason() {
		return reason;
	}

	LocalDate getOpenedOn() {
		return openedOn;
	}

	LocalDate getParentsNotifiedOn() {
		return parentsNotifiedOn;
	}

	String getCaregiverDigest() {
		return caregiverDigest;
	}

	long getVersion() {
		return version;
	}
}

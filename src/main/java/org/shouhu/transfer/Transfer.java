package org.shouhu.transfer;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
 * A file transfer (档案转移): the file {@code childId}, where it lived when asked ({@code from}) and the village it
 * goes to ({@code to}). {@code openChildId} holds the child's id while REQUESTED (null once decided): its unique
 * index (V22) keeps one open transfer per child whatever runs at once; {@code version} makes two decisions at once
 * one success and one 409.
 */
@Entity
@Table(name = "child_transfer")
class Transfer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "child_id", nullable = false)
	private long childId;

	@Column(name = "open_child_id")
	private Long openChildId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private TransferStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "requested_side", nullable = false, length = 10)
	private TransferSide requestedSide;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "provinceCode", column = @Column(name = "from_province_code", length = 2)),
			@AttributeOverride(name = "cityCode", column = @Column(name = "from_city_code", length = 4)),
			@AttributeOverride(name = "countyCode", column = @Column(name = "from_county_code", length = 6)),
			@AttributeOverride(name = "townshipCode", column = @Column(name = "from_township_code", length = 9)),
			@AttributeOverride(name = "villageCode", column = @Column(name = "from_village_code", length = 12)) })
	private RegionCodes from;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "provinceCode", column = @Column(name = "to_province_code", length = 2)),
			@AttributeOverride(name = "cityCode", column = @Column(name = "to_city_code", length = 4)),
			@AttributeOverride(name = "countyCode", column = @Column(name = "to_county_code", length = 6)),
			@AttributeOverride(name = "townshipCode", column = @Column(name = "to_township_code", length = 9)),
			@AttributeOverride(name = "villageCode", column = @Column(name = "to_village_code", length = 12)) })
	private RegionCodes to;

	@Column(name = "id_number_masked", length = 18)
	private String idNumberMasked;

	@Column(nullable = false, length = 500)
	private String reason;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "requested_by", nullable = false, length = 100)
	private String requestedBy;

	@Column(name = "requested_by_user", nullable = false)
	private long requestedByUser;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decision_note", length = 500)
	private String decisionNote;

	protected Transfer() {
	}

	Transfer(long childId, String fromVillage, String toVillage, TransferSide side, String idNumberMasked,
			String reason, Instant now, String requestedBy, long requestedByUser) {
		this.childId = childId;
		this.openChildId = childId;
		this.status = TransferStatus.REQUESTED;
		this.requestedSide = side;
		this.from = RegionCodes.of(fromVillage);
		this.to = RegionCodes.of(toVillage);
		this.idNumberMasked = idNumberMasked;
		this.reason = reason;
		this.requestedAt = now;
		this.requestedBy = requestedBy;
		this.requestedByUser = requestedByUser;
	}

	/** The other side agreed: the file moves (by the service). Refused unless REQUESTED. */
	void accept(String by, String note, Instant now) {
		decide(TransferStatus.ACCEPTED, by, note, now);
	}

	/** The other side refused: the file stays. Refused unless REQUESTED. */
	void reject(String by, String note, Instant now) {
		decide(TransferStatus.REJECTED, by, note, now);
	}

	/** Whoever asked takes the request back: the file stays. Refused unless REQUESTED. */
	void withdraw(String by, Instant now) {
		decide(TransferStatus.WITHDRAWN, by, null, now);
	}

	/** Refuses (409) unless the transfer waits for a decision. */
	void checkRequested() {
		if (status != TransferStatus.REQUESTED) {
			throw new NotAllowedNowException("transfer.notRequested", status.label());
		}
	}

	private void decide(TransferStatus outcome, String by, String note, Instant now) {
		checkRequested();
		this.status = outcome;
		this.openChildId = null;
		this.decidedBy = by;
		this.decisionNote = note;
		this.decidedAt = now;
	}

	/** The side whose civil affairs or supervisor decides: the one that did not ask. */
	String deciderVillage() {
		return requestedSide == TransferSide.RECEIVING ? from.villageCode() : to.villageCode();
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

	TransferStatus getStatus() {
		return status;
	}

	TransferSide getRequestedSide() {
		return requestedSide;
	}

	String getFromVillageCode() {
		return from.villageCode();
	}

	String getFromTownshipCode() {
		return from.townshipCode();
	}

	String getToVillageCode() {
		return to.villageCode();
	}

	String getIdNumberMasked() {
		return idNumberMasked;
	}

	String getReason() {
		return reason;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

	String getRequestedBy() {
		return requestedBy;
	}

	long getRequestedByUser() {
		return requestedByUser;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	String getDecisionNote() {
		return decisionNote;
	}
}

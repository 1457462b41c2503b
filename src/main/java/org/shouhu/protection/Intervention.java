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
 * A step of the guardianship intervention ladder on a child's file (table {@code protection_intervention}, V13/V15).
 * A temporary guardianship is {@code ACTIVE} and holds the child's id in {@code active_child_id}, whose unique index
 * admits one active temporary guardianship per child; {@link #end} clears it. Built from checked input only
 * ({@link Interventions}).
 */
@Entity
@Table(name = "protection_intervention")
class Intervention {

	static final int NOTE_LIMIT = 2000;
	static final int ACTING_UNIT_LIMIT = 100;
	static final int PLACEMENT_DETAIL_LIMIT = 500;

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
	@Column(nullable = false, length = 40)
	private InterventionType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private InterventionStatus status;

	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;

	@Column(name = "acting_unit", nullable = false, length = ACTING_UNIT_LIMIT)
	private String actingUnit;

	@Column(length = NOTE_LIMIT)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private TemporaryGuardianshipBasis basis;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private Placement placement;

	@Column(name = "placement_detail", length = PLACEMENT_DETAIL_LIMIT)
	private String placementDetail;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private InterventionOutcome outcome;

	@Column(name = "end_note", length = NOTE_LIMIT)
	private String endNote;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "ended_by", length = 100)
	private String endedBy;

	@Column(name = "ended_at")
	private Instant endedAt;

	/** The child's id while this is an active temporary guardianship (unique: one per child), else null. */
	@Column(name = "active_child_id")
	private Long activeChildId;

	protected Intervention() {
	}

	/** A step of checked input ({@code input} valid for its type). */
	Intervention(long childId, String villageCode, NewIntervention input, String actingUnit, String note,
			String placementDetail, String recordedBy, Instant now) {
		this.childId = childId;
		this.region = RegionCodes.of(villageCode);
		this.type = input.type();
		this.status = type.lasting() ? InterventionStatus.ACTIVE : InterventionStatus.RECORDED;
		this.startedOn = input.startedOn();
		this.actingUnit = actingUnit;
		this.note = note;
		this.basis = input.basis();
		this.placement = input.placement();
		this.placementDetail = placementDetail;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		this.activeChildId = type.lasting() ? childId : null;
	}

	/**
	 * Ends the temporary guardianship (checked input). A one-off step → 409 (nothing to end); an ended one → 409.
	 */
	void end(LocalDate endedOn, InterventionOutcome outcome, String note, String actor, Instant now) {
		checkEndable();
		this.status = InterventionStatus.ENDED;
		this.endedOn = endedOn;
		this.outcome = outcome;
		this.endNote = note;
		this.endedBy = actor;
		this.endedAt = now;
		this.activeChildId = null;
	}

	/** Refuses (409) to end a one-off step or an ended temporary guardianship. */
	void checkEndable() {
		if (!type.lasting()) {
			throw new NotAllowedNowException("protection.intervention.notEndable", type.label());
		}
		if (status == InterventionStatus.ENDED) {
			throw new NotAllowedNowException("protection.intervention.ended", endedOn.toString());
		}
	}

	InterventionView view() {
		return new InterventionView(id, childId, type, type.label(), status, status.label(), startedOn, actingUnit,
				note, basis, basis == null ? null : basis.label(), placement,
				placement == null ? null : placement.label(), placementDetail, endedOn, outcome,
				outcome == null ? null : outcome.label(), endNote, recordedBy, recordedAt, endedBy, endedAt);
	}

	Long getId() {
		return id;
	}

	long getChildId() {
		return childId;
	}

	InterventionType getType() {
		return type;
	}

	InterventionStatus getStatus() {
		return status;
	}

	LocalDate getStartedOn() {
		return startedOn;
	}

	String getActingUnit() {
		return actingUnit;
	}

	TemporaryGuardianshipBasis getBasis() {
		return basis;
	}

	Placement getPlacement() {
		return placement;
	}

	RegionCodes getRegion() {
		return region;
	}
}

package org.shouhu.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A village of a round: confirmed by its director (who, when) or not yet. Changed only by {@link SurveyRound}. */
@Entity
@Table(name = "survey_round_village")
class RoundVillage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private SurveyRound round;

	@Column(name = "village_code", nullable = false, length = 12)
	private String villageCode;

	@Column(name = "township_code", nullable = false, length = 9)
	private String townshipCode;

	@Column(name = "confirmed_by", length = 100)
	private String confirmedBy;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected RoundVillage() {
	}

	RoundVillage(SurveyRound round, String villageCode) {
		this.round = round;
		this.villageCode = villageCode;
		this.townshipCode = SurveyRound.townshipOf(villageCode);
	}

	void confirm(String by, Instant at) {
		this.confirmedBy = by;
		this.confirmedAt = at;
	}

	boolean isConfirmed() {
		return confirmedAt != null;
	}

	String getVillageCode() {
		return villageCode;
	}

	String getTownshipCode() {
		return townshipCode;
	}

	String getConfirmedBy() {
		return confirmedBy;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}
}

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

/** A township of a round: submitted by its supervisor (who, when) or not yet. Changed only by {@link SurveyRound}. */
@Entity
@Table(name = "survey_round_township")
class RoundTownship {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private SurveyRound round;

	@Column(name = "township_code", nullable = false, length = 9)
	private String townshipCode;

	@Column(name = "submitted_by", length = 100)
	private String submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	protected RoundTownship() {
	}

	RoundTownship(SurveyRound round, String townshipCode) {
		this.round = round;
		this.townshipCode = townshipCode;
	}

	void submit(String by, Instant at) {
		this.submittedBy = by;
		this.submittedAt = at;
	}

	boolean isSubmitted() {
		return submittedAt != null;
	}

	String getTownshipCode() {
		return townshipCode;
	}

	String getSubmittedBy() {
		return submittedBy;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}
}

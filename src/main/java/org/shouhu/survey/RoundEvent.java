package org.shouhu.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One entry of a round's history: who did what, when, about which region. Never changed. */
@Entity
@Table(name = "survey_round_event")
class RoundEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id")
	private SurveyRound round;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false, length = 100)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private SurveyRoundAction action;

	@Column(name = "region_code", nullable = false, length = 12)
	private String regionCode;

	protected RoundEvent() {
	}

	RoundEvent(SurveyRound round, Instant at, String actor, SurveyRoundAction action, String regionCode) {
		this.round = round;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.regionCode = regionCode;
	}

	Long getId() {
		return id;
	}

	Instant getAt() {
		return at;
	}

	String getActor() {
		return actor;
	}

	SurveyRoundAction getAction() {
		return action;
	}

	String getRegionCode() {
		return regionCode;
	}
}

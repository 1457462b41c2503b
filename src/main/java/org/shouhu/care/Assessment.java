package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * A recorded risk assessment of one child: its answers with their scores, the total, the level computed by the
 * {@link AssessmentForm} and the level the assessor raised it to. Never changed once recorded.
 */
@Entity
@Table(name = "assessment")
class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "child_id", nullable = false)
	private long childId;

	@Column(name = "assessed_on", nullable = false)
	private LocalDate assessedOn;

	@Column(name = "form_version", nullable = false)
	private int formVersion;

	@Column(nullable = false)
	private int score;

	@Enumerated(EnumType.STRING)
	@Column(name = "computed_level", nullable = false, length = 10)
	private RiskLevel computedLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "override_level", length = 10)
	private RiskLevel overrideLevel;

	@Column(name = "override_reason", length = 500)
	private String overrideReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_level", nullable = false, length = 10)
	private RiskLevel riskLevel;

	@Column(name = "red_flags", length = 200)
	private String redFlags;

	@Column(name = "assessed_by", nullable = false, length = 100)
	private String assessedBy;

	@Column(name = "assessed_at", nullable = false)
	private Instant assessedAt;

	@ElementCollection
	@CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@BatchSize(size = 50)
	private List<AssessmentAnswer> answers = new ArrayList<>();

	protected Assessment() {
	}

	/**
	 * Scores complete, valid answers. {@code overrideLevel} (optional) must be higher than the computed level and
	 * come with a reason; an override equal to the computed level is no override.
	 */
	Assessment(long childId, LocalDate assessedOn, Map<String, String> answers, RiskLevel overrideLevel,
			String overrideReason, String assessedBy, Instant assessedAt) {
		AssessmentScore result = AssessmentForm.score(answers);
		boolean raised = overrideLevel != null && overrideLevel.compareTo(result.level()) > 0;
		if (overrideLevel != null && overrideLevel.compareTo(result.level()) < 0) {
			throw new IllegalArgumentException("an assessment's level may only be raised");
		}
		if (raised && (overrideReason == null || overrideReason.isBlank())) {
			throw new IllegalArgumentException("a raised level needs a reason");
		}
		this.childId = childId;
		this.assessedOn = assessedOn;
		this.formVersion = AssessmentForm.VERSION;
		this.score = result.total();
		this.computedLevel = result.level();
		this.overrideLevel = raised ? overrideLevel : null;
		this.overrideReason = raised ? overrideReason.trim() : null;
		this.riskLevel = raised ? overrideLevel : result.level();
		this.redFlags = result.redFlags().isEmpty() ? null : String.join(",", result.redFlags());
		this.assessedBy = assessedBy;
		this.assessedAt = assessedAt;
		for (AssessmentItem item : AssessmentForm.items()) {
			AssessmentOption option = item.option(answers.get(item.code())).orElseThrow();
			this.answers.add(new AssessmentAnswer(item.code(), option.code(), option.score()));
		}
	}

	Long getId() {
		return id;
	}

	long getChildId() {
		return childId;
	}

	LocalDate getAssessedOn() {
		return assessedOn;
	}

	int getFormVersion() {
		return formVersion;
	}

	int getScore() {
		return score;
	}

	RiskLevel getComputedLevel() {
		return computedLevel;
	}

	RiskLevel getOverrideLevel() {
		return overrideLevel;
	}

	String getOverrideReason() {
		return overrideReason;
	}

	RiskLevel getRiskLevel() {
		return riskLevel;
	}

	List<String> getRedFlags() {
		return redFlags == null ? List.of() : Arrays.asList(redFlags.split(","));
	}

	String getAssessedBy() {
		return assessedBy;
	}

	Instant getAssessedAt() {
		return assessedAt;
	}

	List<AssessmentAnswer> getAnswers() {
		return answers;
	}
}

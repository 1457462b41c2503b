package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shouhu.common.NotAllowedNowException;

/**
 * A problem found on a visit or by a risk assessment (exactly one of {@code visitId} and {@code assessmentId}), open
 * until resolved with what was done.
 */
@Entity
@Table(name = "care_problem")
class CareProblem {

	enum Status {
		OPEN, RESOLVED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "child_id", nullable = false)
	private long childId;

	@Column(name = "visit_id")
	private Long visitId;

	@Column(name = "assessment_id")
	private Long assessmentId;

	@Column(nullable = false, length = Visit.TEXT_LIMIT)
	private String description;

	@Column(name = "opened_on", nullable = false)
	private LocalDate openedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	@Column(name = "resolved_on")
	private LocalDate resolvedOn;

	@Column(length = Visit.TEXT_LIMIT)
	private String resolution;

	@Column(name = "resolved_by", length = 100)
	private String resolvedBy;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	protected CareProblem() {
	}

	/** The problem a visit found (its problems text), open since the day of the visit. */
	CareProblem(Visit visit) {
		this.childId = visit.getChildId();
		this.visitId = visit.getId();
		this.description = visit.getProblems();
		this.openedOn = visit.getVisitedOn();
		this.status = Status.OPEN;
	}

	/**
	 * The problem a risk assessment found ({@code description} names its red flags), open since the day of the
	 * assessment.
	 */
	CareProblem(Assessment assessment, String description) {
		this.childId = assessment.getChildId();
		this.assessmentId = assessment.getId();
		this.description = description.length() > Visit.TEXT_LIMIT ? description.substring(0, Visit.TEXT_LIMIT)
				: description;
		this.openedOn = assessment.getAssessedOn();
		this.status = Status.OPEN;
	}

	/** Closes the problem with what was done; a resolved problem is refused ({@link IllegalStateException} → 409). */
	void resolve(String resolution, String actor, LocalDate today, Instant now, String alreadyResolved) {
		if (status == Status.RESOLVED) {
			throw new NotAllowedNowException("care.problem.resolved");
		}
		this.status = Status.RESOLVED;
		this.resolution = resolution;
		this.resolvedBy = actor;
		this.resolvedOn = today;
		this.resolvedAt = now;
	}

	boolean isOpen() {
		return status == Status.OPEN;
	}

	ProblemView view() {
		return new ProblemView(id, childId, visitId, description, openedOn, isOpen(), resolvedOn, resolution,
				resolvedBy, resolvedAt, assessmentId);
	}

	Long getId() {
		return id;
	}

	long getChildId() {
		return childId;
	}

	/** The visit that found the problem; {@code null} for a problem found by an assessment. */
	Long getVisitId() {
		return visitId;
	}

	/** The assessment that found the problem; {@code null} for a problem found on a visit. */
	Long getAssessmentId() {
		return assessmentId;
	}

	String getDescription() {
		return description;
	}

	LocalDate getOpenedOn() {
		return openedOn;
	}
}

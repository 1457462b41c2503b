package org.shouhu.care.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.care.AssessmentView;
import org.shouhu.care.Assessments;
import org.shouhu.care.NewAssessment;
import org.shouhu.common.ConflictWhen;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk assessments over REST (API.md "Visits and risk"). Additions to API.md: the history, one assessment, and
 * {@code GET /api/v1/assessment-form} with the items for clients to render. Rules live in {@link Assessments}.
 */
@RestController
@Tag(name = "Risk assessments", description = "Structured risk assessments and the form they follow.")
@RequestMapping("/api/v1")
class AssessmentApi {

	private final Assessments assessments;

	AssessmentApi(Assessments assessments) {
		this.assessments = assessments;
	}

	@PostMapping("/children/{id}/assessments")
	@Operation(summary = "Record a risk assessment", operationId = "recordAssessment")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("The child has exited")
	ResponseEntity<AssessmentView> record(@PathVariable long id, @RequestBody NewAssessment assessment) {
		AssessmentView view = assessments.record(id, assessment);
		return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/assessments/" + view.id())).body(view);
	}

	/** Newest first. */
	@GetMapping("/children/{id}/assessments")
	@Operation(summary = "A child's assessments, newest first", operationId = "listAssessments")
	List<AssessmentView> history(@PathVariable long id) {
		return assessments.history(id);
	}

	@GetMapping("/children/{id}/assessments/{assessmentId}")
	@Operation(summary = "Read one assessment", operationId = "getAssessment")
	AssessmentView find(@PathVariable long id, @PathVariable long assessmentId) {
		return assessments.find(id, assessmentId);
	}

	/** The form: areas, items (codes, Chinese questions), options with scores and red flags, thresholds. */
	@GetMapping("/assessment-form")
	@Operation(summary = "The assessment form", operationId = "getAssessmentForm")
	AssessmentFormView form() {
		return AssessmentFormView.current();
	}
}

package org.shouhu.care.web;

import java.net.URI;
import java.util.List;

import org.shouhu.care.AssessmentView;
import org.shouhu.care.Assessments;
import org.shouhu.care.NewAssessment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk assessments over REST (API.md "Visits and risk"). Additions to API.md: the history, one assessment, and
 * {@code GET /api/v1/assessment-form} with the items for clients to render. Rules live in {@link Assessments}.
 */
@RestController
@RequestMapping("/api/v1")
class AssessmentApi {

	private final Assessments assessments;

	AssessmentApi(Assessments assessments) {
		this.assessments = assessments;
	}

	@PostMapping("/children/{id}/assessments")
	ResponseEntity<AssessmentView> record(@PathVariable long id, @RequestBody NewAssessment assessment) {
		AssessmentView view = assessments.record(id, assessment);
		return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/assessments/" + view.id())).body(view);
	}

	/** Newest first. */
	@GetMapping("/children/{id}/assessments")
	List<AssessmentView> history(@PathVariable long id) {
		return assessments.history(id);
	}

	@GetMapping("/children/{id}/assessments/{assessmentId}")
	AssessmentView find(@PathVariable long id, @PathVariable long assessmentId) {
		return assessments.find(id, assessmentId);
	}

	/** The form: areas, items (codes, Chinese questions), options with scores and red flags, thresholds. */
	@GetMapping("/assessment-form")
	AssessmentFormView form() {
		return AssessmentFormView.current();
	}
}

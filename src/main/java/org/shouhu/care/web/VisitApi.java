package org.shouhu.care.web;

import java.util.List;

import org.shouhu.care.NewVisit;
import org.shouhu.care.ProblemView;
import org.shouhu.care.VisitManagement;
import org.shouhu.care.VisitScheduleView;
import org.shouhu.care.VisitView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's visits, schedule and problems over REST (API.md "Visits and risk"; the problem endpoints are additions).
 * Rules, scoping and audit live in {@link VisitManagement}.
 */
@RestController
@RequestMapping("/api/v1/children/{childId}")
class VisitApi {

	private final VisitManagement visits;

	VisitApi(VisitManagement visits) {
		this.visits = visits;
	}

	@PostMapping("/visits")
	ResponseEntity<VisitView> record(@PathVariable long childId, @RequestBody NewVisit visit) {
		return ResponseEntity.status(HttpStatus.CREATED).body(visits.record(childId, visit));
	}

	@GetMapping("/visits")
	List<VisitView> visits(@PathVariable long childId) {
		return visits.visits(childId);
	}

	@GetMapping("/visit-schedule")
	VisitScheduleView schedule(@PathVariable long childId) {
		return visits.schedule(childId);
	}

	@GetMapping("/problems")
	List<ProblemView> problems(@PathVariable long childId) {
		return visits.problems(childId);
	}

	@PostMapping("/problems/{problemId}/resolve")
	ProblemView resolve(@PathVariable long childId, @PathVariable long problemId,
			@RequestBody ResolveRequest request) {
		return visits.resolveProblem(childId, problemId, request.resolution());
	}

	record ResolveRequest(String resolution) {
	}
}

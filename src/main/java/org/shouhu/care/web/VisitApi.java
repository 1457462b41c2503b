package org.shouhu.care.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.ProblemView;
import org.shouhu.care.VisitManagement;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitScheduleView;
import org.shouhu.care.VisitType;
import org.shouhu.care.VisitView;
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
 * A child's visits, schedule and problems over REST (API.md "Visits and risk"; the problem endpoints are additions).
 * Rules, scoping and audit live in {@link VisitManagement}.
 */
@RestController
@Tag(name = "Visits", description = "Contacts and home visits, the visit schedule and the problems found.")
@RequestMapping("/api/v1/children/{childId}")
class VisitApi {

	private final VisitManagement visits;

	VisitApi(VisitManagement visits) {
		this.visits = visits;
	}

	@PostMapping("/visits")
	@Operation(summary = "Record a visit", operationId = "recordVisit")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("The child has exited")
	ResponseEntity<VisitView> record(@PathVariable long childId, @RequestBody VisitRequest visit) {
		return ResponseEntity.status(HttpStatus.CREATED).body(visits.record(childId, visit.toNewVisit()));
	}

	@GetMapping("/visits")
	@Operation(summary = "A child's visits, newest first", operationId = "listVisits")
	List<VisitView> visits(@PathVariable long childId) {
		return visits.visits(childId);
	}

	@GetMapping("/visit-schedule")
	@Operation(summary = "A child's visit schedule", operationId = "getVisitSchedule")
	VisitScheduleView schedule(@PathVariable long childId) {
		return visits.schedule(childId);
	}

	@GetMapping("/problems")
	@Operation(summary = "A child's problems", operationId = "listProblems")
	List<ProblemView> problems(@PathVariable long childId) {
		return visits.problems(childId);
	}

	@PostMapping("/problems/{problemId}/resolve")
	@Operation(summary = "Resolve a problem", operationId = "resolveProblem")
	@ConflictWhen("The problem is resolved already")
	ProblemView resolve(@PathVariable long childId, @PathVariable long problemId,
			@RequestBody ResolveRequest request) {
		return visits.resolveProblem(childId, problemId, request.resolution());
	}

	record ResolveRequest(String resolution) {
	}

	/** The body of a new visit; {@code followUpNeeded} may be left out (false). */
	record VisitRequest(VisitType type, VisitMethod method, LocalDate visitedOn, List<MetWith> metWith,
			Findings findings, String problems, String actions, Boolean followUpNeeded) {

		NewVisit toNewVisit() {
			return new NewVisit(type, method, visitedOn, metWith, findings, problems, actions,
					Boolean.TRUE.equals(followUpNeeded));
		}
	}
}

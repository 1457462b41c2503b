package org.shouhu.protection.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.common.ConflictWhen;
import org.shouhu.protection.CaregiverCaseOutcome;
import org.shouhu.protection.CaregiverCaseView;
import org.shouhu.protection.CaregiverCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Caregiver cases over REST (API.md "Mandatory reports and protection", caregiver oversight). Rules, scoping and
 * audit live in {@link CaregiverCases}; cases are opened by the system, never through the API.
 */
@RestController
@Tag(name = "Caregiver oversight", description = "Caregiver cases (委托照护个案): parents told, outcome.")
@RequestMapping("/api/v1")
class CaregiverCaseApi {

	private final CaregiverCases cases;

	CaregiverCaseApi(CaregiverCases cases) {
		this.cases = cases;
	}

	@GetMapping("/children/{childId}/caregiver-cases")
	@Operation(summary = "A child's caregiver cases, newest first", operationId = "listCaregiverCases")
	List<CaregiverCaseView> list(@PathVariable long childId) {
		return cases.casesOf(childId);
	}

	@PostMapping("/caregiver-cases/{caseId}/notify")
	@Operation(summary = "Record when and how the parents were told", operationId = "notifyCaregiverCaseParents")
	@ConflictWhen("The case is closed, or its version is stale")
	CaregiverCaseView notifyParents(@PathVariable long caseId, @RequestBody NotifyRequest request) {
		return cases.notifyParents(caseId, request.notifiedOn(), request.how(), request.version());
	}

	@PostMapping("/caregiver-cases/{caseId}/close")
	@Operation(summary = "Close a caregiver case with its outcome", operationId = "closeCaregiverCase")
	@ConflictWhen("The case is closed, the parents were not told yet, the outcome does not fit the file, or the version is stale")
	CaregiverCaseView close(@PathVariable long caseId, @RequestBody CloseRequest request) {
		return cases.close(caseId, request.outcome(), request.note(), request.version());
	}

	/** {@code version} optional: when given, a case changed since is 409. */
	record NotifyRequest(LocalDate notifiedOn, String how, Long version) {
	}

	record CloseRequest(CaregiverCaseOutcome outcome, String note, Long version) {
	}
}

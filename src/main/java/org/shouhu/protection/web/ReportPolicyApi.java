package org.shouhu.protection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.common.ConflictWhen;
import org.shouhu.protection.ReportPolicies;
import org.shouhu.protection.ReportPolicyView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A county's acceptance deadline: {@code GET}/{@code PUT /api/v1/report-policies/{countyCode}}
 * {@code {"acceptWithinMinutes", "version"?}}. Rules in {@link ReportPolicies}.
 */
@RestController
@Tag(name = "Report policies", description = "A county's acceptance deadline for mandatory reports.")
@RequestMapping("/api/v1/report-policies")
class ReportPolicyApi {

	private final ReportPolicies policies;

	ReportPolicyApi(ReportPolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/{countyCode}")
	@Operation(summary = "A county's acceptance deadline", operationId = "getReportPolicy")
	ReportPolicyView find(@PathVariable String countyCode) {
		return policies.find(countyCode);
	}

	@PutMapping("/{countyCode}")
	@Operation(summary = "Change a county's acceptance deadline", operationId = "changeReportPolicy")
	@ConflictWhen("Stale version: the policy changed since it was read")
	ReportPolicyView change(@PathVariable String countyCode, @RequestBody PolicyRequest request) {
		return policies.change(countyCode, request.acceptWithinMinutes(), request.version());
	}

	/** {@code version} (optional) is the one read; a stale one → 409. */
	record PolicyRequest(Integer acceptWithinMinutes, Long version) {
	}
}

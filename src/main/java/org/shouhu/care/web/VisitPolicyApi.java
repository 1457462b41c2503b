package org.shouhu.care.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.care.VisitPolicies;
import org.shouhu.care.VisitPolicy;
import org.shouhu.common.ConflictWhen;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A county's visit cadence: {@code GET}/{@code PUT /api/v1/visit-policies/{countyCode}} with {@code contactDays},
 * {@code homeVisitDays}, {@code closeAttentionHomeVisitDays}. A code that is not a known county → 404; rules in
 * {@link VisitPolicies}.
 */
@RestController
@Tag(name = "Visit policies", description = "A county's visit cadence.")
@RequestMapping("/api/v1/visit-policies")
class VisitPolicyApi {

	private final VisitPolicies policies;
	private final Messages messages;

	VisitPolicyApi(VisitPolicies policies, Messages messages) {
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping("/{countyCode}")
	@Operation(summary = "A county's visit cadence", operationId = "getVisitPolicy")
	VisitPolicy find(@PathVariable String countyCode) {
		return policies.find(countyCode);
	}

	@PutMapping("/{countyCode}")
	@Operation(summary = "Change a county's visit cadence", operationId = "changeVisitPolicy")
	@ConflictWhen("Stale version: the cadence changed since it was read")
	VisitPolicy change(@PathVariable String countyCode, @RequestBody PolicyRequest request) {
		List<FieldProblem> missing = new ArrayList<>();
		required(missing, "contactDays", request.contactDays());
		required(missing, "homeVisitDays", request.homeVisitDays());
		required(missing, "closeAttentionHomeVisitDays", request.closeAttentionHomeVisitDays());
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		return policies.change(countyCode, request.contactDays(), request.homeVisitDays(),
				request.closeAttentionHomeVisitDays());
	}

	private void required(List<FieldProblem> problems, String field, Integer value) {
		if (value == null) {
			problems.add(new FieldProblem(field, messages.get("common.required")));
		}
	}

	record PolicyRequest(Integer contactDays, Integer homeVisitDays, Integer closeAttentionHomeVisitDays) {
	}
}

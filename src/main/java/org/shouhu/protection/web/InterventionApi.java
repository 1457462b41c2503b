package org.shouhu.protection.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.common.ConflictWhen;
import org.shouhu.protection.EndIntervention;
import org.shouhu.protection.InterventionOutcome;
import org.shouhu.protection.InterventionType;
import org.shouhu.protection.InterventionView;
import org.shouhu.protection.Interventions;
import org.shouhu.protection.NewIntervention;
import org.shouhu.protection.Placement;
import org.shouhu.protection.TemporaryGuardianshipBasis;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's guardianship interventions over REST (API.md "Mandatory reports and protection"). Rules, scoping and
 * audit live in {@link Interventions}.
 */
@RestController
@Tag(name = "Interventions", description = "The guardianship intervention ladder and temporary guardianship.")
@RequestMapping("/api/v1/children/{childId}/interventions")
class InterventionApi {

	private final Interventions interventions;

	InterventionApi(Interventions interventions) {
		this.interventions = interventions;
	}

	@PostMapping
	@Operation(summary = "Record a guardianship intervention step", operationId = "recordIntervention")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("The child has exited, or a temporary guardianship of the child is active already")
	InterventionView record(@PathVariable long childId, @RequestBody InterventionRequest request) {
		return interventions.record(childId, request.toNew());
	}

	@GetMapping
	@Operation(summary = "A child's guardianship interventions, newest first", operationId = "listInterventions")
	List<InterventionView> list(@PathVariable long childId) {
		return interventions.list(childId);
	}

	@PostMapping("/{interventionId}/end")
	@Operation(summary = "End a temporary guardianship", operationId = "endIntervention")
	@ConflictWhen("The intervention is a one-off step, or the temporary guardianship has ended already")
	InterventionView end(@PathVariable long childId, @PathVariable long interventionId,
			@RequestBody EndRequest request) {
		return interventions.end(childId, interventionId,
				new EndIntervention(request.endedOn(), request.outcome(), request.note()));
	}

	record InterventionRequest(InterventionType type, LocalDate startedOn, String actingUnit, String note,
			TemporaryGuardianshipBasis basis, Placement placement, String placementDetail) {

		NewIntervention toNew() {
			return new NewIntervention(type, startedOn, actingUnit, note, basis, placement, placementDetail);
		}
	}

	record EndRequest(LocalDate endedOn, InterventionOutcome outcome, String note) {
	}
}

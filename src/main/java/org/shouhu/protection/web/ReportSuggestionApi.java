package org.shouhu.protection.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shouhu.common.ConflictWhen;
import org.shouhu.protection.ReportSuggestionView;
import org.shouhu.protection.ReportSuggestions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Report suggestions over REST (issue 9 "From the visit to the report"): a child's suggestions and declining one with
 * a reason. Rules, scoping and audit live in {@link ReportSuggestions}.
 */
@RestController
@Tag(name = "Report suggestions", description = "Mandatory reports offered after a visit or an assessment.")
@RequestMapping("/api/v1")
class ReportSuggestionApi {

	private final ReportSuggestions suggestions;

	ReportSuggestionApi(ReportSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/children/{childId}/report-suggestions")
	@Operation(summary = "A child's report suggestions, open ones first", operationId = "listReportSuggestions")
	List<ReportSuggestionView> list(@PathVariable long childId) {
		return suggestions.forChild(childId);
	}

	@PostMapping("/report-suggestions/{id}/decline")
	@Operation(summary = "Decline a report suggestion with a reason", operationId = "declineReportSuggestion")
	@ConflictWhen("The suggestion is no longer open, or the version is stale")
	ReportSuggestionView decline(@PathVariable long id, @RequestBody DeclineRequest request) {
		return suggestions.decline(id, request.reason(), request.version());
	}

	/** {@code version} is optional: when given, it must be the suggestion's current version. */
	record DeclineRequest(String reason, Long version) {
	}
}

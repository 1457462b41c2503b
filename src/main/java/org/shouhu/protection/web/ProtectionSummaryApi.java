package org.shouhu.protection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shouhu.protection.ProtectionSummary;
import org.shouhu.protection.ProtectionSummaryView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The county protection dashboard's figures ({@link ProtectionSummary}). */
@RestController
@Tag(name = "Protection summary", description = "Open reports, overdue, time to acceptance, temporary guardianships "
		+ "and caregiver cases of a region.")
@RequestMapping("/api/v1/protection")
class ProtectionSummaryApi {

	private final ProtectionSummary summary;

	ProtectionSummaryApi(ProtectionSummary summary) {
		this.summary = summary;
	}

	@GetMapping("/summary")
	@Operation(summary = "Protection figures of a region and of each region below it",
			operationId = "getProtectionSummary")
	ProtectionSummaryView summary(@RequestParam(required = false) String regionCode) {
		return summary.summary(regionCode);
	}
}

package org.shouhu.care.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.care.VisitCompliance;
import org.shouhu.care.VisitComplianceReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/visit-compliance?regionCode=}: a region's visit compliance, one row per region one level down. */
@RestController
@Tag(name = "Visit compliance", description = "Visit compliance per region.")
class VisitComplianceApi {

	private final VisitComplianceReports reports;

	VisitComplianceApi(VisitComplianceReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/visit-compliance")
	@Operation(summary = "A region's visit compliance, per region one level down", operationId = "getVisitCompliance")
	VisitCompliance compliance(@RequestParam(required = false) String regionCode) {
		return reports.compliance(regionCode);
	}
}

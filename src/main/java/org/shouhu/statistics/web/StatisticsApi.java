package org.shouhu.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shouhu.statistics.StatisticsSummaries;
import org.shouhu.statistics.StatisticsSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The live statistics of a region ({@link StatisticsSummaries}). */
@RestController
@Tag(name = "Statistics", description = "Target children of a region by category, caregiver, age band, gender and "
		+ "region one level down; current to the last change.")
@RequestMapping("/api/v1/statistics")
class StatisticsApi {

	private final StatisticsSummaries summaries;

	StatisticsApi(StatisticsSummaries summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/summary")
	@Operation(summary = "Statistics of a region (default: the caller's jurisdiction) and of each region below it",
			operationId = "getStatisticsSummary")
	StatisticsSummary summary(@RequestParam(required = false) String regionCode) {
		return summaries.summary(regionCode);
	}
}

package org.shouhu.survey;

import org.shouhu.statistics.StatisticsSummaries;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The county's {@link org.shouhu.statistics.StatisticsSummary} as the API writes it (the application's JSON mapper),
 * read inside the closing transaction, so the snapshot is the summary as of the closing commit.
 */
@Component
class SummaryCountyStatistics implements CountyStatistics {

	private final StatisticsSummaries summaries;
	private final JsonMapper json;

	SummaryCountyStatistics(StatisticsSummaries summaries, JsonMapper json) {
		this.summaries = summaries;
		this.json = json;
	}

	@Override
	public String summaryJson(String countyCode) {
		return json.writeValueAsString(summaries.summaryAsSystem(countyCode));
	}
}

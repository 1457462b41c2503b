package org.shouhu.survey;

/** The statistics summary of a county as JSON, read when a round closes (the frozen snapshot). */
interface CountyStatistics {

	/** The JSON of {@code GET /api/v1/statistics/summary?regionCode=countyCode} as it is now, without caller check. */
	String summaryJson(String countyCode);
}

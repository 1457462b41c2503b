package org.shouhu.survey;

import java.time.LocalDate;

/** A round in the list: name, county, status, deadline and the county's progress. */
public record SurveyRoundSummary(long id, String name, SurveyRoundStatus status, String statusLabel,
		LocalDate deadline, String regionCode, String regionName, int villages, int confirmed, int townships,
		int submittedTownships, boolean late) {
}

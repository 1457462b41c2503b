package org.shouhu.survey;

import java.time.Instant;

/** One entry of a round's history: when, who, what ({@code action} code and label), about which region. */
public record SurveyRoundHistoryEntry(Instant at, String actor, SurveyRoundAction action, String actionLabel,
		String regionCode, String regionName) {
}

package org.shouhu.survey;

/** The answer to opening a round (201). */
public record OpenedSurveyRound(long id, SurveyRoundStatus status) {
}

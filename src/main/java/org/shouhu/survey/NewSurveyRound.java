package org.shouhu.survey;

import java.time.LocalDate;

/** What opens a round: the county (6-digit code), the round's name and its deadline (today or later). */
public record NewSurveyRound(String regionCode, String name, LocalDate deadline) {
}

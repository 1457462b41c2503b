package org.shouhu.protection;

import java.time.LocalDate;

/** How and when a temporary guardianship ends; {@code note} (e.g. the assessment) is optional. */
public record EndIntervention(LocalDate endedOn, InterventionOutcome outcome, String note) {
}

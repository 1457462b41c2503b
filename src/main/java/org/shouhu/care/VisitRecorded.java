package org.shouhu.care;

import java.time.LocalDate;

/**
 * A visit was recorded for a child, with its findings and the problems it describes (null when none), so that the
 * protection module can offer a report or open a caregiver case.
 */
public record VisitRecorded(long visitId, long childId, String villageCode, VisitType type, LocalDate visitedOn,
		Findings findings, String problems) {
}

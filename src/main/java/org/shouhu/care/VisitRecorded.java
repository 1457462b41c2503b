package org.shouhu.care;

import java.time.LocalDate;

/** A visit was recorded for a child. */
public record VisitRecorded(long visitId, long childId, String villageCode, VisitType type, LocalDate visitedOn) {
}

package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;

/** A problem found on a visit and tracked to a solution; {@code resolution} says what was done. */
public record ProblemView(long id, long childId, long visitId, String description, LocalDate openedOn,
		boolean open, LocalDate resolvedOn, String resolution, String resolvedBy, Instant resolvedAt) {
}

package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded visit; {@code problemId} is the problem it opened, if any. */
public record VisitView(long id, long childId, VisitType type, VisitMethod method, LocalDate visitedOn,
		List<MetWith> metWith, Findings findings, String problems, String actions, boolean followUpNeeded,
		Long problemId, String recordedBy, Instant recordedAt) {
}

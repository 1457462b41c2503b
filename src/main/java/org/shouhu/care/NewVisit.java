package org.shouhu.care;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as the director records it (the body of {@code POST /api/v1/children/{id}/visits}).
 *
 * @param visitedOn not in the future nor before the child's birth; past dates (backfilling from paper records) are
 *                  allowed, also before the file was registered
 * @param problems  problems found (free text); with {@code followUpNeeded} they open a problem on the file
 */
public record NewVisit(VisitType type, VisitMethod method, LocalDate visitedOn, List<MetWith> metWith,
		Findings findings, String problems, String actions, boolean followUpNeeded) {
}

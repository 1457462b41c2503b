package org.shouhu.protection;

import java.time.LocalDate;

/**
 * A report was concluded; {@code childId} is null for a child not (yet) on file. Published in the concluding
 * transaction; the listener gives the file GUARDIANSHIP_DIFFICULTY when {@code harmConfirmed}.
 *
 * @param basis the basis sentence of the category, naming the report (its date and situation)
 */
public record ReportConcluded(long reportId, Long childId, boolean harmConfirmed, LocalDate occurredOn,
		ReportSituation situation, String basis, String actorName) {
}

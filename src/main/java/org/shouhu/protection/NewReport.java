package org.shouhu.protection;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A report to file ({@code POST /api/v1/reports}). The child is either {@code childId} (a file in the caller's
 * jurisdiction) or {@code childName} + {@code villageCode} (a child not yet on file), never both. {@code receivedAt}
 * (when the call came in) only for county-or-above civil affairs (the hotline); null = now.
 */
public record NewReport(ReportSituation situation, String description, LocalDate occurredOn,
		OffsetDateTime receivedAt, ReporterType reporterType, String reporterName, String reporterPhone, Long childId,
		String childName, String villageCode) {
}

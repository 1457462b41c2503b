package org.shouhu.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the report inbox ({@code GET /api/v1/reports}); never the reporter's name or phone. {@code receiver}:
 * the caller receives it (else they filed it).
 */
public record ReportListItem(long id, ReportStatus status, String statusLabel, ReportSituation situation,
		String situationLabel, LocalDate occurredOn, Instant receivedAt, Instant acceptBy, boolean overdue,
		List<ReportReceiver> routedTo, Long childId, String childName, String villageCode, String villageName,
		ReporterType reporterType, Instant filedAt, Instant acceptedAt, boolean receiver) {
}

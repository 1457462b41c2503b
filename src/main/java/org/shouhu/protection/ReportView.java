package org.shouhu.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole report with its timeline ({@code GET /api/v1/reports/{id}}). {@code reporterName} and {@code reporterPhone}
 * are null unless the caller receives the report ({@code receiver}). {@code overdue}: still {@code RECEIVED} after
 * {@code acceptBy}. The {@code may…} flags say which of the receivers' steps the caller may take now (for pages).
 * {@code childName} is the file's name when the report is linked to a file, else the name as reported.
 */
public record ReportView(long id, long version, ReportStatus status, String statusLabel, ReportSituation situation,
		String situationLabel, String description, LocalDate occurredOn, Instant receivedAt, Instant acceptBy,
		boolean overdue, List<ReportReceiver> routedTo, Long childId, String childName, boolean childOnFile,
		String villageCode, String villageName, ReporterType reporterType, String reporterTypeLabel,
		String reporterName, String reporterPhone, String filedBy, Instant filedAt, Instant acceptedAt,
		String acceptedBy, List<ReportActionView> actions, Instant concludedAt, String concludedBy, String result,
		Boolean harmConfirmed, String feedback, Instant feedbackAt, String feedbackBy, boolean receiver,
		boolean filer, boolean mayAccept, boolean mayAct, boolean mayConclude, boolean mayGiveFeedback) {
}

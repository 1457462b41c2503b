package org.shouhu.protection;

import java.time.Instant;
import java.util.List;

/** The answer to filing: {@code {"id","status":"RECEIVED","routedTo","receivedAt","acceptBy"}}. */
public record FiledReport(long id, ReportStatus status, List<ReportReceiver> routedTo, Instant receivedAt,
		Instant acceptBy) {
}

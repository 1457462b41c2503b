package org.shouhu.audit;

import java.time.Instant;

/** Filters of the audit trail search; {@code null} fields match everything; {@code to} is exclusive. */
public record AuditQuery(String subjectType, String subjectId, String actor, AuditAction action, Instant from,
		Instant to) {
}

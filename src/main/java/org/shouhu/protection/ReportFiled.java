package org.shouhu.protection;

import java.time.Instant;

/**
 * A mandatory report was filed; {@code childId} is null for a child not yet on file. Published by the report service
 * in the filing transaction.
 */
public record ReportFiled(long reportId, Long childId, String villageCode, String situation, Instant receivedAt) {
}

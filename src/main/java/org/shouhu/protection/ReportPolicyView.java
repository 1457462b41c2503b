package org.shouhu.protection;

import java.time.Instant;

/**
 * A county's acceptance deadline ("立即"): reports must be accepted within {@code acceptWithinMinutes} of
 * {@code receivedAt}. {@code version} is 0 and {@code updatedBy} null for a county on the default.
 */
public record ReportPolicyView(String countyCode, int acceptWithinMinutes, long version, String updatedBy,
		Instant updatedAt) {
}

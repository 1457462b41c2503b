package org.shouhu.care;

import java.time.Instant;

/**
 * A county's visit cadence (DOMAIN.md §5; defaults 7, 30, 14 days). {@code updatedBy}/{@code updatedAt} are null
 * while the county uses the defaults.
 */
public record VisitPolicy(String countyCode, int contactDays, int homeVisitDays, int closeAttentionHomeVisitDays,
		String updatedBy, Instant updatedAt) {
}

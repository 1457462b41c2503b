package org.shouhu.care;

import java.util.List;

/** {@code GET /api/v1/visit-compliance}: the region's totals and one row per region one level down. */
public record VisitCompliance(String regionCode, String name, long children, long contactOverdue,
		long homeVisitOverdue, long openProblems, List<RegionCompliance> byRegion) {
}

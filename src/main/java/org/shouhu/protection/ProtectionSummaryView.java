package org.shouhu.protection;

import java.util.List;
import java.util.Map;

/**
 * The county protection dashboard's figures of a region ({@code GET /api/v1/protection/summary}).
 *
 * @param openReportsByStatus    reports not yet closed by feedback, by status ({@code RECEIVED}, {@code ACCEPTED},
 *                               {@code CONCLUDED}; each present, 0 when none)
 * @param overdue                reports still {@code RECEIVED} whose {@code acceptBy} has passed (exactly at
 *                               {@code acceptBy} is not overdue)
 * @param medianMinutesToAccept  median minutes from {@code receivedAt} to acceptance over the reports received in the
 *                               last {@code medianWindowDays} days and accepted; null when none
 * @param bySubRegion            one row per region one level down, by code (none for a village)
 */
public record ProtectionSummaryView(String regionCode, String regionName, Map<String, Long> openReportsByStatus,
		long openReports, long overdue, Double medianMinutesToAccept, int medianWindowDays,
		long activeTemporaryGuardianships, long openCaregiverCases, List<SubRegion> bySubRegion) {

	/** One region one level down, with the same figures. */
	public record SubRegion(String regionCode, String name, Map<String, Long> openReportsByStatus, long openReports,
			long overdue, Double medianMinutesToAccept, long activeTemporaryGuardianships, long openCaregiverCases) {
	}
}

package org.shouhu.protection;

import java.time.LocalDate;

/**
 * A step of the intervention ladder to record. {@code basis} and {@code placement} are required for
 * {@link InterventionType#TEMPORARY_GUARDIANSHIP} and refused for any other type; {@code placementDetail} (where and
 * with whom) is optional.
 */
public record NewIntervention(InterventionType type, LocalDate startedOn, String actingUnit, String note,
		TemporaryGuardianshipBasis basis, Placement placement, String placementDetail) {
}

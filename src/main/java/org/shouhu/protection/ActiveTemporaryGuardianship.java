package org.shouhu.protection;

import java.time.LocalDate;

/** An active temporary guardianship for the county protection dashboard: the child, since when, how placed. */
public record ActiveTemporaryGuardianship(long interventionId, long childId, String childName, String villageCode,
		String villageName, LocalDate startedOn, TemporaryGuardianshipBasis basis, String basisLabel,
		Placement placement, String placementLabel, String actingUnit) {
}

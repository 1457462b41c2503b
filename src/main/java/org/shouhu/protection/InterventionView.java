package org.shouhu.protection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded step of the intervention ladder with its labels. {@code status}: {@code RECORDED} for a one-off step,
 * {@code ACTIVE}/{@code ENDED} for a temporary guardianship; the end fields are set once it ended.
 */
public record InterventionView(long id, long childId, InterventionType type, String typeLabel,
		InterventionStatus status, String statusLabel, LocalDate startedOn, String actingUnit, String note,
		TemporaryGuardianshipBasis basis, String basisLabel, Placement placement, String placementLabel,
		String placementDetail, LocalDate endedOn, InterventionOutcome outcome, String outcomeLabel, String endNote,
		String recordedBy, Instant recordedAt, String endedBy, Instant endedAt) {

	/** Whether this is a temporary guardianship still in force. */
	public boolean active() {
		return status == InterventionStatus.ACTIVE;
	}
}

package org.shouhu.transfer;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A transfer as its two sides see it (API.md transfers). {@code fromTownship} is the full name of the township where
 * the file lived when asked (what the duplicate refusal told the receiving side already); {@code fromVillageCode}
 * and {@code fromVillageName} only for a caller covering that village. {@code childId} and {@code childName} only
 * while the caller may open the file (the holding side before acceptance, the receiving side after it);
 * {@code idNumber} is masked. {@code canDecide}: the caller may accept or reject it now; {@code canWithdraw}: the caller asked and may take it back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferView(long id, TransferStatus status, String statusLabel, TransferSide requestedSide,
		Long childId, String childName, String idNumber, String fromTownship, String fromVillageCode,
		String fromVillageName, String toVillageCode, String toVillageName, String reason, String requestedBy,
		Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote, boolean canDecide,
		boolean canWithdraw, long version) {
}

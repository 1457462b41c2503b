package org.shouhu.transfer;

/**
 * A transfer request: the file by {@code idNumber} (the receiving side, who knows the number from the duplicate
 * refusal) or by {@code childId} (the holding side), the village it goes to and why.
 */
public record NewTransfer(String idNumber, Long childId, String toVillageCode, String reason) {
}

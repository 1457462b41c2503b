package org.shouhu.protection;

import java.time.LocalDate;

/**
 * A caregiver case as the API and the file page show it (API.md "Caregiver oversight"): {@code id}, {@code status},
 * {@code reason}, {@code openedOn}, {@code parentsNotifiedOn}, {@code notifiedHow}, {@code outcome}, plus labels, the
 * detail of the reason, the closing note and who closed it.
 */
public record CaregiverCaseView(long id, long childId, CaregiverCaseStatus status, CaregiverCaseReason reason,
		String reasonLabel, String reasonDetail, LocalDate openedOn, LocalDate parentsNotifiedOn, String notifiedHow,
		CaregiverCaseOutcome outcome, String outcomeLabel, String note, LocalDate closedOn, String closedBy,
		long version) {

	public boolean open() {
		return status == CaregiverCaseStatus.OPEN;
	}
}

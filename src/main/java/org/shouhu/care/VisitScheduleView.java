package org.shouhu.care;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's visit schedule ({@code GET /api/v1/children/{id}/visit-schedule}). A contact is due {@code contactDays}
 * after the latest contact or home visit, a home visit {@code homeVisitDays} after the latest home visit (in close
 * attention: the policy's {@code closeAttentionHomeVisitDays}); with no visit yet both count from the day the file was
 * registered. Overdue: the due date is before today.
 *
 * @param reasons     Chinese labels of the close-attention reasons (empty when not in close attention)
 * @param reasonCodes the same reasons as codes
 */
public record VisitScheduleView(int contactDays, int homeVisitDays, LocalDate lastContactOn,
		LocalDate lastHomeVisitOn, LocalDate contactDueOn, LocalDate homeVisitDueOn, boolean contactOverdue,
		boolean homeVisitOverdue, boolean closeAttention, List<String> reasons,
		List<CloseAttentionReason> reasonCodes) {
}

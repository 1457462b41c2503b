package org.shouhu.care;

import java.time.LocalDate;
import java.util.List;

import org.shouhu.child.ChildSummary;

/** One child on the close-attention page: the child's list line and why the child is listed. */
public record CareListEntry(ChildSummary child, boolean closeAttention, List<CloseAttentionReason> reasons,
		LocalDate homeVisitDueOn, boolean homeVisitOverdue, long openProblems) {
}

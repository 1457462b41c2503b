package org.shouhu.care;

import java.time.LocalDate;
import java.util.List;

/**
 * An edit of a work log entry by its author ({@code PUT /api/v1/work-logs/{id}}): the same fields as
 * {@link NewWorkLog} plus the {@code version} read (required; a stale one → 409).
 */
public record WorkLogChange(LocalDate workedOn, String content, List<Long> childIds, Long version) {
}

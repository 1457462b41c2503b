package org.shouhu.care;

import java.time.LocalDate;
import java.util.List;

/**
 * A work log entry as its author writes it (the body of {@code POST /api/v1/work-logs}).
 *
 * @param workedOn the day the work was done: required, not in the future
 * @param content  what was done: 1–2000 characters
 * @param childIds optional: children of the author's jurisdiction the work was about (at most 20)
 */
public record NewWorkLog(LocalDate workedOn, String content, List<Long> childIds) {
}

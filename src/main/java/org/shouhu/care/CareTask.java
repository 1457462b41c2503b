package org.shouhu.care;

import java.time.LocalDate;

/**
 * One to-do item: {@code {"type","childId","dueOn","title"}} (API.md) plus what a list shows.
 *
 * @param title Chinese, naming the child and what is due (e.g. "张小明：联系已逾期 3 天")
 */
public record CareTask(TaskType type, long childId, LocalDate dueOn, String title, String childName,
		String villageName, Long problemId) {
}

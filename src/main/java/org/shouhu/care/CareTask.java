package org.shouhu.care;

import java.time.LocalDate;

/**
 * One to-do item of frontline care: {@code {"type","childId","dueOn","title"}} (API.md) plus what a list shows.
 *
 * @param title   Chinese, naming the child and what is due (e.g. "张小明：联系已逾期 3 天")
 * @param problem the open problem's description, shortened (null unless {@link TaskType#PROBLEM_OPEN})
 */
public record CareTask(TaskType type, long childId, LocalDate dueOn, String title, String childName,
		String villageCode, String villageName, Long problemId, String problem) {

	public boolean overdue() {
		return type == TaskType.CONTACT_OVERDUE || type == TaskType.HOME_VISIT_OVERDUE;
	}
}

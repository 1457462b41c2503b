package org.shouhu.care;

import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Frontline care's items on the to-do list: visits due or overdue and open problems ({@link CareTasks}). An open
 * problem's item carries its {@code problemId} and, as its {@code note}, the problem's description. On a director's
 * list the cards stand under 已逾期, 即将到期 and 待解决问题; {@code care/tasks.html} shows each item with the button
 * that records the visit or opens the file's care panel.
 */
@Component
class CareTaskContributor implements TaskContributor {

	private final CareTasks tasks;

	CareTaskContributor(CareTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public String section() {
		return "care";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public boolean serves(CurrentUser caller) {
		return caller.worksWithChildFiles();
	}

	@Override
	public List<TaskItem> itemsFor(CurrentUser caller) {
		return tasks.forCaller().stream().map(CareTaskContributor::item).toList();
	}

	@Override
	public String groupOf(TaskItem item) {
		return switch (TaskType.valueOf(item.type())) {
			case CONTACT_OVERDUE, HOME_VISIT_OVERDUE -> "overdue";
			case CONTACT_DUE, HOME_VISIT_DUE -> "due";
			case PROBLEM_OPEN -> "problem";
		};
	}

	@Override
	public String itemTemplate() {
		return "care/tasks";
	}

	static TaskItem item(CareTask task) {
		TaskItem item = TaskItem.aboutChild(task.type().name(), task.dueOn(), task.title(), task.overdue(),
				task.childId(), task.childName(), task.villageCode(), task.villageName());
		return task.problemId() == null ? item : item.withProblemId(task.problemId()).withNote(task.problem());
	}
}

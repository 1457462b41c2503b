package org.shouhu.care;

import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.stereotype.Component;

/** Frontline care's items on the to-do list: visits due or overdue and open problems ({@link CareTasks}). */
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

	private static TaskItem item(CareTask task) {
		boolean overdue = task.type() == TaskType.CONTACT_OVERDUE || task.type() == TaskType.HOME_VISIT_OVERDUE;
		TaskItem item = TaskItem.aboutChild(task.type().name(), task.dueOn(), task.title(), overdue, task.childId(),
				task.childName(), null, task.villageName());
		return task.problemId() == null ? item : item.withProblemId(task.problemId());
	}
}

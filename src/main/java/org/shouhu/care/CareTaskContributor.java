package org.shouhu.care;

import java.util.List;
import java.util.Map;

import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitSuggestion;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Frontline care's items on the to-do list: visits due or overdue and open problems ({@link CareTasks}). An open
 * problem's item carries its {@code problemId} and, as its {@code note}, the problem's description. On a director's
 * list the cards stand under 已逾期, 即将到期 and 待解决问题; {@code care/tasks.html} shows each item with the button
 * that records the visit or opens the file's care panel. A visit item of a file that holds no category any more (and
 * was not kept with a reason) says so in its {@code note}: why it still appears until the file is exited or kept.
 */
@Component
class CareTaskContributor implements TaskContributor {

	private final CareTasks tasks;
	private final ChildManagement children;

	CareTaskContributor(CareTasks tasks, ChildManagement children) {
		this.tasks = tasks;
		this.children = children;
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
		List<CareTask> list = tasks.forCaller();
		Map<Long, ExitSuggestion> suggested = children.exitSuggestions(list.stream()
			.filter(task -> task.problemId() == null).map(CareTask::childId).toList());
		return list.stream().map(task -> {
			TaskItem item = item(task);
			ExitSuggestion suggestion = task.problemId() == null ? suggested.get(task.childId()) : null;
			return suggestion == null ? item : item.withNote(suggestion.note());
		}).toList();
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

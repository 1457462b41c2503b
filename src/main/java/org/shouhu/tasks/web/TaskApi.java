package org.shouhu.tasks.web;

import java.util.List;

import org.shouhu.tasks.TaskItem;
import org.shouhu.tasks.Tasks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tasks}: the caller's to-do items from every module, as an array. */
@RestController
class TaskApi {

	private final Tasks tasks;

	TaskApi(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/api/v1/tasks")
	List<TaskItem> tasks() {
		return tasks.itemsForCaller();
	}
}

package org.shouhu.tasks.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.tasks.TaskItem;
import org.shouhu.tasks.Tasks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tasks}: the caller's to-do items from every module, as an array. */
@RestController
@Tag(name = "Tasks", description = "The caller's to-do items from every module.")
class TaskApi {

	private final Tasks tasks;

	TaskApi(Tasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/api/v1/tasks")
	@Operation(summary = "The caller's to-do items", operationId = "listTasks")
	List<TaskItem> tasks() {
		return tasks.itemsForCaller();
	}
}

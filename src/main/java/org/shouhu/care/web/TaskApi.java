package org.shouhu.care.web;

import java.util.List;

import org.shouhu.care.CareTask;
import org.shouhu.care.CareTasks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tasks}: the caller's to-do items, as an array (at most {@value CareTasks#LIMIT}). */
@RestController
class TaskApi {

	private final CareTasks tasks;

	TaskApi(CareTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/api/v1/tasks")
	List<CareTask> tasks() {
		return tasks.forCaller();
	}
}

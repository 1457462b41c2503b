package org.shouhu.care;

/** Kinds of to-do items ({@code GET /api/v1/tasks}); other modules add theirs later. */
public enum TaskType {

	CONTACT_DUE,
	CONTACT_OVERDUE,
	HOME_VISIT_DUE,
	HOME_VISIT_OVERDUE,
	PROBLEM_OPEN
}

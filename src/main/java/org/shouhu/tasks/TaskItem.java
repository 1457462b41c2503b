package org.shouhu.tasks;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One to-do item in the shape every module shares ({@code GET /api/v1/tasks}, API.md "To-do items from every
 * module"): its {@code type} code, the day it is due ({@code dueOn}; before today = overdue), a Chinese {@code title},
 * the child it is about, and the id of what it is about where it applies. Ids that do not apply are left out of the
 * JSON.
 *
 * @param type        the contributing module's item code, e.g. {@code CONTACT_OVERDUE}, {@code PROBLEM_OPEN}
 * @param overdue     whether the item is past its due date (shown first and highlighted)
 * @param childName   the child's name, for the list (null for items not about one child)
 * @param villageCode the child's village (null for items not about one child), for grouping by village
 * @param note        an optional Chinese explanation shown under the title (why the item is there)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskItem(String type, LocalDate dueOn, String title, boolean overdue, Long childId, String childName,
		String villageCode, String villageName, Long problemId, Long reportId, Long caseId, Long referralId,
		Long planId, Long inspectionId, String note, Long transferId) {

	/** The item without a transfer id (every item but a transfer's). */
	public TaskItem(String type, LocalDate dueOn, String title, boolean overdue, Long childId, String childName,
			String villageCode, String villageName, Long problemId, Long reportId, Long caseId, Long referralId,
			Long planId, Long inspectionId, String note) {
		this(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId, reportId, caseId,
				referralId, planId, inspectionId, note, null);
	}

	/** An item about one child; add the id of what it is about with the {@code with…} methods. */
	public static TaskItem aboutChild(String type, LocalDate dueOn, String title, boolean overdue, long childId,
			String childName, String villageCode, String villageName) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, null, null, null,
				null, null, null, null);
	}

	public TaskItem withProblemId(long id) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, id, reportId,
				caseId, referralId, planId, inspectionId, note);
	}

	public TaskItem withReportId(long id) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId, id,
				caseId, referralId, planId, inspectionId, note);
	}

	public TaskItem withCaseId(long id) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId,
				reportId, id, referralId, planId, inspectionId, note);
	}

	public TaskItem withReferralId(long id) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId,
				reportId, caseId, id, planId, inspectionId, note);
	}

	public TaskItem withPlanId(long id) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId,
				reportId, caseId, referralId, id, inspectionId, note);
	}

	public TaskItem withInspectionId(long id) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId,
				reportId, caseId, referralId, planId, id, note);
	}

	public TaskItem withNote(String text) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId,
				reportId, caseId, referralId, planId, inspectionId, text);
	}

	/** The transfer the item is about (档案转移, set last: the other {@code with…} methods drop it). */
	public TaskItem withTransferId(long id) {
		return new TaskItem(type, dueOn, title, overdue, childId, childName, villageCode, villageName, problemId,
				reportId, caseId, referralId, planId, inspectionId, note, id);
	}
}

package org.shouhu.protection;

/** The report module's to-do item types (API.md "To-do items from every module"). */
public enum ReportTaskType {

	/** A received report past its acceptance deadline: for its receivers (county civil affairs among them). */
	REPORT_ACCEPT_OVERDUE,
	/** A received report still within its deadline: for its receivers. */
	REPORT_TO_ACCEPT,
	/** A report about a child not yet on file: for the directors of the village, until the file is registered. */
	REPORT_CHILD_NOT_ON_FILE
}

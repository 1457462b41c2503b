package org.shouhu.exchange;

import java.time.Instant;
import java.util.List;

/**
 * An import job as {@code GET /api/v1/imports/{id}} answers it: its status, the counters of the rows handled so far
 * (committed with their batch) and the first {@value Imports#ERRORS_SHOWN} problems of rejected rows
 * ({@code errorCount} tells how many there are; the error workbook holds them all). {@code message} says why a
 * FAILED job failed; {@code startedBy} names who started it, as file histories name the actor.
 */
public record ImportView(long id, ImportStatus status, String fileName, String startedBy, Instant startedAt,
		Instant finishedAt, int totalRows, int processedRows, int imported, int updated, int unchanged, int rejected,
		int errorCount, List<Problem> errors, String message) {

	/** One problem of a rejected row: Excel row number (header = 1), column header (null: the whole row), message. */
	public record Problem(int row, String column, String message) {
	}

	/** Percent of the rows handled (0–100), for the progress bar. */
	public int percent() {
		if (status != ImportStatus.RUNNING) {
			return 100;
		}
		return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
	}
}

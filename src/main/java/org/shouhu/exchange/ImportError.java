package org.shouhu.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One problem of a rejected row: its Excel row number, the column header (none for a problem of the whole row) and
 * the Chinese message. The row's first problem also keeps the row's original cells (encrypted, they hold children's
 * data), from which the error workbook is written.
 */
@Entity
@Table(name = "import_error")
class ImportError {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "job_id", nullable = false)
	private long jobId;

	@Column(name = "row_number", nullable = false)
	private int rowNumber;

	@Column(name = "column_header", length = 50)
	private String columnHeader;

	@Column(nullable = false, length = 1000)
	private String message;

	/** The encrypted JSON array of the row's cells in template order; on the row's first problem only. */
	@Column(name = "cells")
	private String cells;

	protected ImportError() {
	}

	ImportError(long jobId, int rowNumber, String columnHeader, String message, String cells) {
		this.jobId = jobId;
		this.rowNumber = rowNumber;
		this.columnHeader = columnHeader;
		this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
		this.cells = cells;
	}

	Long getId() {
		return id;
	}

	int getRowNumber() {
		return rowNumber;
	}

	String getColumnHeader() {
		return columnHeader;
	}

	String getMessage() {
		return message;
	}

	String getCells() {
		return cells;
	}
}

package org.shouhu.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded workbook and how far its import got. The counters change in the transaction that commits a batch of
 * rows ({@link ImportJobRepository#addBatch}), so after a crash they tell how many rows are on file
 * ({@code processedRows}).
 */
@Entity
@Table(name = "import_job")
class ImportJob {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ImportStatus status;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "owner_username", nullable = false, length = 100)
	private String ownerUsername;

	@Column(name = "actor_name", nullable = false, length = 100)
	private String actorName;

	@Column(nullable = false, length = 12)
	private String jurisdiction;

	@Column(name = "file_name", length = 200)
	private String fileName;

	@Column(name = "total_rows", nullable = false)
	private int totalRows;

	@Column(name = "processed_rows", nullable = false)
	private int processedRows;

	@Column(nullable = false)
	private int imported;

	@Column(nullable = false)
	private int updated;

	@Column(nullable = false)
	private int unchanged;

	@Column(nullable = false)
	private int rejected;

	@Column(name = "error_count", nullable = false)
	private int errorCount;

	@Column(length = 1000)
	private String message;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	protected ImportJob() {
	}

	ImportJob(long ownerId, String ownerUsername, String actorName, String jurisdiction, String fileName,
			Instant startedAt) {
		this.status = ImportStatus.RUNNING;
		this.ownerId = ownerId;
		this.ownerUsername = ownerUsername;
		this.actorName = actorName;
		this.jurisdiction = jurisdiction;
		this.fileName = fileName;
		this.startedAt = startedAt;
	}

	void counted(int rows) {
		this.totalRows = rows;
	}

	/** All rows read: the total becomes the rows read (the count before may have taken a row of blanks for one). */
	void done(Instant at) {
		this.totalRows = processedRows;
		this.status = ImportStatus.DONE;
		this.finishedAt = at;
	}

	void failed(String message, Instant at) {
		this.status = ImportStatus.FAILED;
		this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
		this.finishedAt = at;
	}

	Long getId() {
		return id;
	}

	ImportStatus getStatus() {
		return status;
	}

	long getOwnerId() {
		return ownerId;
	}

	String getOwnerUsername() {
		return ownerUsername;
	}

	String getActorName() {
		return actorName;
	}

	String getJurisdiction() {
		return jurisdiction;
	}

	String getFileName() {
		return fileName;
	}

	int getTotalRows() {
		return totalRows;
	}

	int getProcessedRows() {
		return processedRows;
	}

	int getImported() {
		return imported;
	}

	int getUpdated() {
		return updated;
	}

	int getUnchanged() {
		return unchanged;
	}

	int getRejected() {
		return rejected;
	}

	int getErrorCount() {
		return errorCount;
	}

	String getMessage() {
		return message;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getFinishedAt() {
		return finishedAt;
	}
}

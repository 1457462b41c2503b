package org.shouhu.exchange;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

	List<ImportJob> findByOwnerIdOrderByIdDesc(long ownerId, Pageable page);

	/** The owner's jobs and those started inside the jurisdiction {@code prefix} (a code followed by {@code %}). */
	@Query("select j from ImportJob j where j.ownerId = :ownerId or j.jurisdiction like :prefix order by j.id desc")
	List<ImportJob> findVisible(long ownerId, String prefix, Pageable page);

	List<ImportJob> findByStatus(ImportStatus status);

	/**
	 * Adds a committed batch to the job's counters in one statement (batches of one job commit in parallel: a read
	 * and write of the counters would lose one batch's numbers).
	 */
	@Modifying
	@Query("update ImportJob j set j.processedRows = j.processedRows + :rows, j.imported = j.imported + :imported,"
			+ " j.updated = j.updated + :updated, j.unchanged = j.unchanged + :unchanged,"
			+ " j.rejected = j.rejected + :rejected, j.errorCount = j.errorCount + :errors where j.id = :id")
	int addBatch(long id, int rows, int imported, int updated, int unchanged, int rejected, int errors);
}

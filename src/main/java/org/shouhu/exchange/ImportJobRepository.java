package org.shouhu.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

	Optional<ImportJob> findByIdAndOwnerId(long id, long ownerId);

	List<ImportJob> findByOwnerIdOrderByIdDesc(long ownerId, Pageable page);

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

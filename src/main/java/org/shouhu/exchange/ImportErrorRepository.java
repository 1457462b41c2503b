package org.shouhu.exchange;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportErrorRepository extends JpaRepository<ImportError, Long> {

	/**
	 * The job's problems in row order (a row's in the order found), after row {@code afterRow}'s problem
	 * {@code afterId} (keyset paging over the whole list, index {@code import_error_job_idx}; start with 0, 0). Batches
	 * of one import commit in parallel, so ids alone are not in row order.
	 */
	@Query("select e from ImportError e where e.jobId = :jobId and (e.rowNumber > :afterRow"
			+ " or (e.rowNumber = :afterRow and e.id > :afterId)) order by e.rowNumber, e.id")
	List<ImportError> findPage(long jobId, int afterRow, long afterId, Pageable page);
}

package org.shouhu.exchange;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportErrorRepository extends JpaRepository<ImportError, Long> {

	/** The job's problems in row order, from the id after {@code afterId} (keyset paging over the whole list). */
	@Query("select e from ImportError e where e.jobId = :jobId and e.id > :afterId order by e.id")
	List<ImportError> findPage(long jobId, long afterId, Pageable page);
}

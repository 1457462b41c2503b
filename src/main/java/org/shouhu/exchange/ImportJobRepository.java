package org.shouhu.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

	Optional<ImportJob> findByIdAndOwnerId(long id, long ownerId);

	List<ImportJob> findByOwnerIdOrderByIdDesc(long ownerId, Pageable page);

	List<ImportJob> findByStatus(ImportStatus status);
}

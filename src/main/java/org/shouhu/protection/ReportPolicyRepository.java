package org.shouhu.protection;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportPolicyRepository extends JpaRepository<ReportPolicy, String> {

	/** The county's row locked for the rest of the transaction, so that concurrent changes apply one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from ReportPolicy p where p.countyCode = :countyCode")
	Optional<ReportPolicy> findForUpdate(String countyCode);
}

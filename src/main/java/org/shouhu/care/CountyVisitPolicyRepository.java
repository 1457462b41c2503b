package org.shouhu.care;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Counties' own visit cadences, by county code. */
interface CountyVisitPolicyRepository extends JpaRepository<CountyVisitPolicy, String> {

	/** The county's row locked for the rest of the transaction, so that concurrent changes apply one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from CountyVisitPolicy p where p.countyCode = :countyCode")
	Optional<CountyVisitPolicy> findForUpdate(String countyCode);
}

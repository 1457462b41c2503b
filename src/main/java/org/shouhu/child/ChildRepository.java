package org.shouhu.child;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Child files. The finders here are NOT scoped by jurisdiction and serve internal checks only (duplicates, the daily
 * re-evaluation); everything a user sees goes through {@link ScopedChildQueries}.
 */
interface ChildRepository extends JpaRepository<Child, Long> {

	Optional<Child> findByIdNumberHash(String idNumberHash);

	/**
	 * What the statistics count of these files, without loading them: id, village code, status, birth date, gender,
	 * category codes (",A,B,"), the caregiver's name and relation.
	 */
	@Query("select c.id, c.region.villageCode, c.status, c.birthDate, c.gender, c.categoryCodes, c.caregiver.name,"
			+ " c.caregiver.relation from Child c where c.id in :ids")
	List<Object[]> findStatisticsColumns(Collection<Long> ids);

	/** Files due for re-evaluation on {@code date}, oldest due first (index {@code child_next_review_idx}). */
	@Query("select c from Child c where c.nextReviewOn <= :date order by c.nextReviewOn, c.id")
	List<Child> findDue(LocalDate date, Pageable batch);

	/** The files with these ID-number hashes (the import looks up a batch of rows in one query). */
	List<Child> findByIdNumberHashIn(Collection<String> idNumberHashes);

	/**
	 * The files without an ID number (未登记户口) of a village with this name and birth date: how the import recognises
	 * a row without an ID number as a file it already holds (index on the village code, then few rows).
	 */
	@Query("select c from Child c where c.idNumberHash is null and c.region.villageCode = :villageCode"
			+ " and c.birthDate = :birthDate and c.name = :name")
	List<Child> findUnnumbered(String villageCode, LocalDate birthDate, String name);
}

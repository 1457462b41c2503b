package org.shouhu.care;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Schedule rows by child id; not scoped (callers check the jurisdiction first). */
interface CareScheduleRepository extends JpaRepository<CareSchedule, Long> {

	/** The row locked for the rest of the transaction, so concurrent visits of one child apply one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from CareSchedule s where s.childId = :childId")
	Optional<CareSchedule> findForUpdate(long childId);
}

package org.shouhu.survey;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

	/**
	 * The round locked for a change (its row {@code for update}, the version bumped on commit): confirmations,
	 * submissions and closing of one round follow each other, so each checks the state the one before left.
	 */
	@Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
	@Query("select r from SurveyRound r where r.id = :id")
	Optional<SurveyRound> findForChange(@Param("id") long id);

	Optional<SurveyRound> findByOpenCountyCode(String countyCode);
}

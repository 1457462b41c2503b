package org.shouhu.protection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportSuggestionRepository extends JpaRepository<ReportSuggestion, Long> {

	/** Open ones first, then newest first. */
	@Query("""
			select s from ReportSuggestion s where s.childId = :childId
			order by case when s.status = org.shouhu.protection.SuggestionStatus.OPEN then 0 else 1 end,
			         s.createdAt desc, s.id desc""")
	List<ReportSuggestion> findByChild(long childId);

	List<ReportSuggestion> findByChildIdAndStatus(long childId, SuggestionStatus status);

	Optional<ReportSuggestion> findByIdAndChildId(long id, long childId);

	boolean existsBySourceAndSourceId(SuggestionSource source, long sourceId);
}

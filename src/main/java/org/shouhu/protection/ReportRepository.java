package org.shouhu.protection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, Long> {

	/** Reports of a child not yet on file, in a village (to link when the file is registered). */
	List<Report> findByChildIdIsNullAndRegionVillageCode(String villageCode);

	/** Whether a county has reports of a child not yet on file. */
	boolean existsByChildIdIsNullAndRegionCountyCode(String countyCode);

	/** The latest concluded report about a file that confirmed harm by the guardian. */
	Optional<Report> findFirstByChildIdAndHarmConfirmedTrueOrderByConcludedAtDesc(Long childId);
}

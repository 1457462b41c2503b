package org.shouhu.protection;

import java.util.List;

import org.shouhu.common.TransactionMemo;
import org.springframework.stereotype.Component;

/**
 * Reports about a child not yet on file, as the registration of a file looks for them: whether a county has any is
 * asked once per transaction (an import registers hundreds of files in one, and such reports are rare), the
 * village's reports only then.
 */
@Component
class ReportsAwaitingFile {

	private final ReportRepository reports;
	private final TransactionMemo<String, Boolean> countyHasAny = new TransactionMemo<>();

	ReportsAwaitingFile(ReportRepository reports) {
		this.reports = reports;
	}

	/** The reports of {@code villageCode} that name no file. */
	List<Report> in(String villageCode) {
		String county = villageCode.length() < 6 ? villageCode : villageCode.substring(0, 6);
		if (!countyHasAny.get(county, reports::existsByChildIdIsNullAndRegionCountyCode)) {
			return List.of();
		}
		return reports.findByChildIdIsNullAndRegionVillageCode(villageCode);
	}

	/** A report naming no file was filed in {@code countyCode} in this transaction. */
	void filed(String countyCode) {
		countyHasAny.forget(countyCode);
	}
}

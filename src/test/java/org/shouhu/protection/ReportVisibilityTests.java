package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.testing.CareFixtures.as;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Department;
import org.shouhu.common.NotFoundException;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ProtectionFixtures;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;

/** Who sees a report, per role, department and jurisdiction: the filer and the receivers; everyone else 404. */
@IntegrationTest
class ReportVisibilityTests {

	static final String COUNTY = UnusedRegions.county();
	static final String OTHER_COUNTY = "610331";

	@Autowired
	CareFixtures care;

	@Autowired
	ProtectionFixtures protection;

	@Autowired
	Reports reports;

	String village;
	String township;
	long childId;
	CurrentUser director;

	@BeforeEach
	void setUp() {
		village = care.village(COUNTY, 0, 0);
		township = village.substring(0, 9);
		childId = protection.child(village);
		director = ProtectionFixtures.director(village);
	}

	boolean sees(CurrentUser user, long id) {
		try {
			as(user, () -> reports.find(id));
		}
		catch (NotFoundException e) {
			return false;
		}
		ReportStatus status = as(user, () -> reports.find(id)).status();
		boolean listed = as(user, () -> reports.list(status, false, 0, 200)).items().stream()
			.anyMatch(item -> item.id() == id);
		assertThat(listed).as("listed for %s", user.username()).isTrue();
		return true;
	}

	@Test
	void aVillageCommitteeReportIsSeenByTheFilerPoliceAndCivilAffairsOfTheCountyOrAbove() {
		long id = protection.file(director, ProtectionFixtures.about(childId)).id();
		for (CurrentUser user : List.of(director, ProtectionFixtures.police(COUNTY),
				ProtectionFixtures.police(township), ProtectionFixtures.civilAffairs(COUNTY),
				ProtectionFixtures.civilAffairs(COUNTY.substring(0, 4)), ProtectionFixtures.civilAffairs("CN"))) {
			assertThat(sees(user, id)).as(user.username()).isTrue();
		}
		for (CurrentUser user : List.of(ProtectionFixtures.director(village), ProtectionFixtures.director(
				care.village(COUNTY, 0, 1)), ProtectionFixtures.supervisor(township),
				ProtectionFixtures.civilAffairs(township), ProtectionFixtures.education(COUNTY),
				ProtectionFixtures.health(COUNTY), ProtectionFixtures.liaison(Department.COURT, COUNTY),
				ProtectionFixtures.police(OTHER_COUNTY), ProtectionFixtures.civilAffairs(OTHER_COUNTY))) {
			assertThat(sees(user, id)).as(user.username()).isFalse();
			assertThat(as(user, () -> reports.list(ReportStatus.RECEIVED, false, 0, 200)).items())
				.noneMatch(item -> item.id() == id);
			assertThatThrownBy(() -> as(user, () -> reports.accept(id))).isInstanceOf(NotFoundException.class);
		}
	}

	@Test
	void aSchoolsReportAlsoReachesEducationAndAHospitalsReachesHealth() {
		long school = protection.file(director, ProtectionFixtures.about(childId, ReporterType.SCHOOL)).id();
		long kindergarten = protection.file(director, ProtectionFixtures.about(childId, ReporterType.KINDERGARTEN)).id();
		long hospital = protection.file(director, ProtectionFixtures.about(childId, ReporterType.MEDICAL)).id();
		CurrentUser education = ProtectionFixtures.education(COUNTY);
		CurrentUser health = ProtectionFixtures.health(COUNTY);
		assertThat(sees(education, school)).isTrue();
		assertThat(sees(education, kindergarten)).isTrue();
		assertThat(sees(education, hospital)).isFalse();
		assertThat(sees(health, hospital)).isTrue();
		assertThat(sees(health, school)).isFalse();
		assertThat(protection.find(education, school).reporterName()).isEqualTo("李报告");
		assertThat(protection.accept(health, hospital).status()).isEqualTo(ReportStatus.ACCEPTED);
		for (long id : List.of(school, hospital)) {
			assertThat(sees(ProtectionFixtures.police(COUNTY), id)).isTrue();
		}
	}

	@Test
	void aLiaisonWhoFiledSeesTheirOwnReportWithoutTheReceiversView() {
		CurrentUser court = ProtectionFixtures.liaison(Department.COURT, COUNTY);
		long id = protection.file(court, ProtectionFixtures.unfiled("孙小小", village)).id();
		ReportView own = protection.find(court, id);
		assertThat(own.filer()).isTrue();
		assertThat(own.receiver()).isFalse();
		assertThat(own.reporterName()).isNull();
		assertThat(own.mayAccept()).isFalse();
		assertThat(sees(ProtectionFixtures.liaison(Department.COURT, COUNTY), id)).isFalse();
		assertThat(protection.find(ProtectionFixtures.police(COUNTY), id).mayAccept()).isTrue();
	}

	@Test
	void theInboxFiltersByStatusAndOverdue() {
		long received = protection.file(director, ProtectionFixtures.about(childId)).id();
		long accepted = protection.file(director, ProtectionFixtures.about(childId)).id();
		CurrentUser police = ProtectionFixtures.police(COUNTY);
		protection.accept(police, accepted);
		assertThat(as(police, () -> reports.list(ReportStatus.ACCEPTED, null, 0, 200)).items())
			.extracting(ReportListItem::id).contains(accepted).doesNotContain(received);
		assertThat(as(police, () -> reports.list(ReportStatus.RECEIVED, false, 0, 200)).items())
			.extracting(ReportListItem::id).contains(received).doesNotContain(accepted);
		assertThat(as(police, () -> reports.list(null, true, 0, 200)).items())
			.extracting(ReportListItem::id).doesNotContain(received, accepted);
	}
}

package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.testing.CareFixtures.as;
import static org.shouhu.testing.CareFixtures.normal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.Regions;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visit compliance counts. Tests share the database, so each test compares the counts before and after adding its
 * own children.
 */
@IntegrationTest
class VisitComplianceTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	VisitComplianceReports reports;

	@Autowired
	CareFixtures care;

	@Autowired
	VisitManagement visits;

	@Autowired
	ChildManagement children;

	@Autowired
	UnusedRegions unused;

	final LocalDate today = Children.today();

	@Test
	void countsChildrenOverdueVisitsAndOpenProblemsPerVillageOfATownship() {
		String village = care.village(COUNTY, 0, 0);
		String neighbour = care.village(COUNTY, 0, 1);
		String township = village.substring(0, 9);
		CurrentUser supervisor = TestUsers.supervisor(township);
		VisitCompliance before = as(supervisor, () -> reports.compliance(township));

		long contactOverdue = care.child(village);
		care.visit(contactOverdue, normal(VisitType.CONTACT, today.minusDays(8)));
		long bothOverdue = care.child(village);
		care.visit(bothOverdue, new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, today.minusDays(40),
				List.of(MetWith.CAREGIVER), CareFixtures.findings(Finding.NORMAL, Finding.NORMAL), "照护人年老体弱",
				null, true));
		care.visit(bothOverdue, new NewVisit(VisitType.CONTACT, VisitMethod.PHONE, today.minusDays(39),
				List.of(MetWith.CAREGIVER), CareFixtures.findings(Finding.NORMAL, Finding.NORMAL), "房屋漏雨", null,
				true));
		care.child(neighbour);
		long exited = care.child(neighbour);
		care.visit(exited, normal(VisitType.CONTACT, today.minusDays(20)));
		as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.exit(exited, ExitReason.MOVED_AWAY, today, null));

		VisitCompliance after = as(supervisor, () -> reports.compliance(township));
		assertThat(after.regionCode()).isEqualTo(township);
		assertThat(after.name()).isNotBlank();
		assertThat(delta(before.children(), after.children())).isEqualTo(3);
		assertThat(delta(before.contactOverdue(), after.contactOverdue())).isEqualTo(2);
		assertThat(delta(before.homeVisitOverdue(), after.homeVisitOverdue())).isEqualTo(1);
		assertThat(delta(before.openProblems(), after.openProblems())).isEqualTo(2);
		assertThat(after.byRegion()).extracting(RegionCompliance::regionCode).contains(village, neighbour)
				.isSorted();
		RegionCompliance villageBefore = row(before, village);
		RegionCompliance villageAfter = row(after, village);
		assertThat(villageAfter.name()).isNotBlank().isNotEqualTo(village);
		assertThat(villageAfter.children() - villageBefore.children()).isEqualTo(2);
		assertThat(villageAfter.contactOverdue() - villageBefore.contactOverdue()).isEqualTo(2);
		assertThat(villageAfter.homeVisitOverdue() - villageBefore.homeVisitOverdue()).isEqualTo(1);
		assertThat(villageAfter.openProblems() - villageBefore.openProblems()).isEqualTo(2);
		RegionCompliance neighbourAfter = row(after, neighbour);
		assertThat(neighbourAfter.children() - row(before, neighbour).children()).as("the exited child is not counted")
				.isEqualTo(1);
		assertThat(neighbourAfter.contactOverdue() - row(before, neighbour).contactOverdue()).isZero();
		assertThat(after.byRegion().stream().mapToLong(RegionCompliance::children).sum()).isEqualTo(after.children());
		assertThat(after.byRegion().stream().mapToLong(RegionCompliance::openProblems).sum())
				.isEqualTo(after.openProblems());
	}

	@Test
	void theCallersJurisdictionWhenNoRegionIsGivenWithOneRowPerTownshipOfACounty() {
		String village = care.village(COUNTY, 1, 0);
		CurrentUser officer = TestUsers.civilAffairs(COUNTY);
		VisitCompliance before = as(officer, () -> reports.compliance(null));
		long overdue = care.child(village);
		care.visit(overdue, normal(VisitType.CONTACT, today.minusDays(30)));
		VisitCompliance after = as(officer, () -> reports.compliance(null));
		assertThat(after.regionCode()).isEqualTo(COUNTY);
		assertThat(after.name()).isEqualTo(unused.name(COUNTY));
		assertThat(after.byRegion()).extracting(RegionCompliance::regionCode)
				.allMatch(code -> code.length() == 9 && code.startsWith(COUNTY));
		assertThat(row(after, village.substring(0, 9)).contactOverdue()
				- row(before, village.substring(0, 9)).contactOverdue()).isEqualTo(1);
		assertThat(delta(before.contactOverdue(), after.contactOverdue())).isEqualTo(1);
	}

	@Test
	void aVillageHasItsTotalsAndNoRowsBelow() {
		String village = care.village(COUNTY, 2, 0);
		CurrentUser director = TestUsers.director(village);
		VisitCompliance before = as(director, () -> reports.compliance(null));
		long child = care.child(village);
		VisitCompliance after = as(director, () -> reports.compliance(village));
		assertThat(after.byRegion()).isEmpty();
		assertThat(delta(before.children(), after.children())).isEqualTo(1);
		assertThat(child).isPositive();
	}

	@Test
	void aRegionOutsideTheJurisdictionOrUnknownIsNotFound() {
		String village = care.village(COUNTY, 0, 0);
		String township = village.substring(0, 9);
		CurrentUser supervisor = TestUsers.supervisor(township);
		for (String code : List.of(care.village(COUNTY, 1, 0).substring(0, 9), COUNTY, "610331", "CN", "999999",
				"x")) {
			assertThatThrownBy(() -> as(supervisor, () -> reports.compliance(code))).as(code)
					.isInstanceOf(NotFoundException.class);
		}
		assertThatThrownBy(() -> as(TestUsers.director(village), () -> reports.compliance(township)))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(TestUsers.user(Role.SECURITY_ADMIN, COUNTY), () -> reports.compliance(null)))
				.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> as(TestUsers.user(Role.DEPARTMENT, COUNTY), () -> reports.compliance(null)))
				.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void viewersSeeTheCountsOfTheirJurisdiction() {
		VisitCompliance compliance = as(TestUsers.user(Role.VIEWER, COUNTY), () -> reports.compliance(null));
		assertThat(compliance.regionCode()).isEqualTo(COUNTY);
		assertThat(compliance.byRegion()).isNotEmpty();
	}

	private static long delta(long before, long after) {
		return after - before;
	}

	private static RegionCompliance row(VisitCompliance compliance, String code) {
		return compliance.byRegion().stream().filter(r -> r.regionCode().equals(code)).findFirst().orElseThrow();
	}
}

package org.shouhu.protection;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitType;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ProtectionFixtures;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The county protection dashboard fed by the real services, not by inserted rows: reports filed, accepted and
 * concluded by the county's police liaison, a temporary guardianship recorded by civil affairs and a caregiver case
 * opened by a visit, each counted the moment it happened.
 */
@IntegrationTest
class ProtectionDashboardFlowTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ProtectionFixtures protection;

	@Autowired
	CareFixtures care;

	@Autowired
	Interventions interventions;

	@Autowired
	TestClock clock;

	@Test
	void theDashboardCountsWhatTheServicesJustDid() throws Exception {
		String village = care.village(COUNTY, 0, 0);
		CurrentUser director = ProtectionFixtures.director(village);
		CurrentUser police = ProtectionFixtures.police(COUNTY);
		CurrentUser civilAffairs = accounts.create("dashflow", java.util.Set.of(org.shouhu.account.Role.CIVIL_AFFAIRS),
				COUNTY);
		long alone = protection.child(village);
		long other = protection.child(village);
		expect(civilAffairs, 0, 0, 0, 0, 0, 0);

		FiledReport late = protection.file(director, ProtectionFixtures.about(alone));
		clock.advance(Duration.ofMinutes(61));
		FiledReport accepted = protection.file(director, ProtectionFixtures.about(other));
		clock.advance(Duration.ofMinutes(30));
		protection.accept(police, accepted.id());
		FiledReport concluded = protection.file(director, ProtectionFixtures.about(other));
		clock.advance(Duration.ofMinutes(10));
		protection.accept(police, concluded.id());
		protection.act(police, concluded.id());
		protection.conclude(police, concluded.id(), false);
		// one waiting and overdue (late), one accepted after 30 minutes, one concluded (accepted after 10)
		expect(civilAffairs, 1, 1, 1, 1, 0, 0);
		mvc.perform(get("/api/v1/protection/summary").param("regionCode", COUNTY).with(accounts.as(civilAffairs)))
			.andExpect(jsonPath("$.medianMinutesToAccept").value(20.0));

		CareFixtures.as(civilAffairs, () -> interventions.record(alone, new NewIntervention(
				InterventionType.TEMPORARY_GUARDIANSHIP, ProtectionFixtures.today(), "县民政局", "父母长期失联，儿童独自在家",
				TemporaryGuardianshipBasis.GUARDIAN_MISSING, Placement.KINSHIP, "由外祖父母临时照料")));
		care.visit(director, other, new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, ProtectionFixtures.today(),
				List.of(MetWith.CHILD, MetWith.CAREGIVER),
				new Findings(Finding.NORMAL, Finding.NORMAL, Finding.NORMAL, Finding.NORMAL, Finding.SERIOUS),
				"祖父卧病在床，无人照料孩子饮食起居", "联系在外务工的父母", true));
		expect(civilAffairs, 1, 1, 1, 1, 1, 1);

		protection.accept(police, late.id());
		expect(civilAffairs, 0, 2, 1, 0, 1, 1);
	}

	private void expect(CurrentUser reader, int received, int accepted, int concluded, int overdue,
			int temporaryGuardianships, int caregiverCases) throws Exception {
		mvc.perform(get("/api/v1/protection/summary").param("regionCode", COUNTY).with(accounts.as(reader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openReportsByStatus.RECEIVED").value(received))
			.andExpect(jsonPath("$.openReportsByStatus.ACCEPTED").value(accepted))
			.andExpect(jsonPath("$.openReportsByStatus.CONCLUDED").value(concluded))
			.andExpect(jsonPath("$.overdue").value(overdue))
			.andExpect(jsonPath("$.activeTemporaryGuardianships").value(temporaryGuardianships))
			.andExpect(jsonPath("$.openCaregiverCases").value(caregiverCases));
	}
}

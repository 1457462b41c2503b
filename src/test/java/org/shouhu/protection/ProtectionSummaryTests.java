package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The county protection dashboard's figures ({@code GET /api/v1/protection/summary}) against hand-counted rows
 * inserted through JDBC as V13 lays them out (the services that write them are built alongside): open reports by
 * status, overdue with its boundary, the median time to acceptance over 90 days, active temporary guardianships, open
 * caregiver cases, per sub-region; who may read them.
 */
@IntegrationTest
class ProtectionSummaryTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Regions regions;

	@Autowired
	TestClock clock;

	@Autowired
	ProtectionSummary summary;

	@Autowired
	UnusedRegions unused;

	String t0;
	String t1;
	String v00;
	String v01;
	String v10;
	Instant now;

	/*
	 * Hand count, county: RECEIVED 3 (v00: one overdue, one not yet; v10: one overdue), ACCEPTED 2 (v00, v10),
	 * CONCLUDED 1 (v00); FEEDBACK_GIVEN ones are closed. Minutes to acceptance within 90 days: v00 30, 10, 50 (the
	 * last one closed), v10 20 → median 25.0 (township t0: 30.0; t1: 20.0); a report of 100 days ago accepted after
	 * 1000 minutes is outside the window. Temporary guardianships ACTIVE: v00 1 (its ENDED one and an admonition do not
	 * count), v10 1. Caregiver cases OPEN: v01 1, v10 1 (v00's CLOSED does not count).
	 */
	/** Inserted once per JVM (a kept PostgreSQL database's rows of an earlier run are deleted first). */
	static boolean inserted;

	@BeforeEach
	void rows() {
		t0 = regions.children(COUNTY).get(0).getCode();
		t1 = regions.children(COUNTY).get(1).getCode();
		v00 = care.village(COUNTY, 0, 0);
		v01 = care.village(COUNTY, 0, 1);
		v10 = care.village(COUNTY, 1, 0);
		if (inserted) {
			return;
		}
		for (String table : new String[] { "protection_report", "protection_intervention", "caregiver_case" }) {
			jdbc.update("delete from " + table + " where county_code = ?", COUNTY);
		}
		inserted = true;
		now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		report(v00, "RECEIVED", now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(1)), null);
		report(v00, "RECEIVED", now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(50)), null);
		report(v00, "ACCEPTED", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), 30);
		report(v00, "CONCLUDED", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)).plusSeconds(3600), 10);
		report(v00, "FEEDBACK_GIVEN", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(5)).plusSeconds(3600),
				50);
		report(v10, "RECEIVED", now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), null);
		report(v10, "ACCEPTED", now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)).plusSeconds(3600), 20);
		report(v10, "FEEDBACK_GIVEN", now.minus(Duration.ofDays(100)),
				now.minus(Duration.ofDays(100)).plusSeconds(3600), 1000);
		long c00 = care.child(v00);
		long c01 = care.child(v01);
		long c10 = care.child(v10);
		intervention(c00, v00, "TEMPORARY_GUARDIANSHIP", "ACTIVE");
		intervention(c00, v00, "TEMPORARY_GUARDIANSHIP", "ENDED");
		intervention(c00, v00, "ADMONITION", "RECORDED");
		intervention(c10, v10, "TEMPORARY_GUARDIANSHIP", "ACTIVE");
		caregiverCase(c01, v01, "OPEN");
		caregiverCase(c00, v00, "CLOSED");
		caregiverCase(c10, v10, "OPEN");
	}

	@Test
	void theCountysFiguresAreTheHandCountedOnes() throws Exception {
		String officer = bearer(Role.CIVIL_AFFAIRS, COUNTY);
		summary(officer, COUNTY).andExpect(status().isOk())
				.andExpect(jsonPath("$.regionCode").value(COUNTY))
				.andExpect(jsonPath("$.regionName").value(regions.name(COUNTY)))
				.andExpect(jsonPath("$.openReportsByStatus.RECEIVED").value(3))
				.andExpect(jsonPath("$.openReportsByStatus.ACCEPTED").value(2))
				.andExpect(jsonPath("$.openReportsByStatus.CONCLUDED").value(1))
				.andExpect(jsonPath("$.openReports").value(6))
				.andExpect(jsonPath("$.overdue").value(2))
				.andExpect(jsonPath("$.medianMinutesToAccept").value(25.0))
				.andExpect(jsonPath("$.medianWindowDays").value(90))
				.andExpect(jsonPath("$.activeTemporaryGuardianships").value(2))
				.andExpect(jsonPath("$.openCaregiverCases").value(2))
				.andExpect(jsonPath("$.bySubRegion", hasSize(regions.children(COUNTY).size())))
				.andExpect(jsonPath("$.bySubRegion[0].regionCode").value(t0))
				.andExpect(jsonPath("$.bySubRegion[0].name").value(regions.name(t0)))
				.andExpect(jsonPath("$.bySubRegion[0].openReportsByStatus.RECEIVED").value(2))
				.andExpect(jsonPath("$.bySubRegion[0].openReportsByStatus.ACCEPTED").value(1))
				.andExpect(jsonPath("$.bySubRegion[0].openReportsByStatus.CONCLUDED").value(1))
				.andExpect(jsonPath("$.bySubRegion[0].overdue").value(1))
				.andExpect(jsonPath("$.bySubRegion[0].medianMinutesToAccept").value(30.0))
				.andExpect(jsonPath("$.bySubRegion[0].activeTemporaryGuardianships").value(1))
				.andExpect(jsonPath("$.bySubRegion[0].openCaregiverCases").value(1))
				.andExpect(jsonPath("$.bySubRegion[1].regionCode").value(t1))
				.andExpect(jsonPath("$.bySubRegion[1].openReportsByStatus.RECEIVED").value(1))
				.andExpect(jsonPath("$.bySubRegion[1].openReportsByStatus.CONCLUDED").value(0))
				.andExpect(jsonPath("$.bySubRegion[1].overdue").value(1))
				.andExpect(jsonPath("$.bySubRegion[1].medianMinutesToAccept").value(20.0))
				.andExpect(jsonPath("$.bySubRegion[1].activeTemporaryGuardianships").value(1))
				.andExpect(jsonPath("$.bySubRegion[1].openCaregiverCases").value(1))
				.andExpect(jsonPath("$.bySubRegion[2].openReports").value(0))
				.andExpect(jsonPath("$.bySubRegion[2].medianMinutesToAccept").isEmpty());
		// without regionCode: the caller's jurisdiction
		summary(officer, null).andExpect(status().isOk()).andExpect(jsonPath("$.regionCode").value(COUNTY))
				.andExpect(jsonPath("$.openReports").value(6));
	}

	@Test
	void drillsDownToTheTownshipAndTheVillage() throws Exception {
		String officer = bearer(Role.CIVIL_AFFAIRS, COUNTY);
		Region first = regions.children(t0).get(0);
		summary(officer, t0).andExpect(status().isOk())
				.andExpect(jsonPath("$.openReports").value(4))
				.andExpect(jsonPath("$.overdue").value(1))
				.andExpect(jsonPath("$.medianMinutesToAccept").value(30.0))
				.andExpect(jsonPath("$.openCaregiverCases").value(1))
				.andExpect(jsonPath("$.bySubRegion[0].regionCode").value(first.getCode()))
				.andExpect(jsonPath("$.bySubRegion[0].openReportsByStatus.RECEIVED").value(2))
				.andExpect(jsonPath("$.bySubRegion[0].activeTemporaryGuardianships").value(1))
				.andExpect(jsonPath("$.bySubRegion[0].openCaregiverCases").value(0))
				.andExpect(jsonPath("$.bySubRegion[1].openReports").value(0))
				.andExpect(jsonPath("$.bySubRegion[1].openCaregiverCases").value(1));
		summary(officer, v00).andExpect(status().isOk())
				.andExpect(jsonPath("$.openReportsByStatus.RECEIVED").value(2))
				.andExpect(jsonPath("$.overdue").value(1))
				.andExpect(jsonPath("$.medianMinutesToAccept").value(30.0))
				.andExpect(jsonPath("$.bySubRegion", hasSize(0)));
		// the city's row of this county carries the county's figures
		String city = COUNTY.substring(0, 4);
		summary(bearer(Role.CIVIL_AFFAIRS, city), city).andExpect(status().isOk())
				.andExpect(jsonPath("$.bySubRegion[?(@.regionCode == '" + COUNTY + "')].openReports").value(
						org.hamcrest.Matchers.contains(6)))
				.andExpect(jsonPath("$.bySubRegion[?(@.regionCode == '" + COUNTY + "')].overdue").value(
						org.hamcrest.Matchers.contains(2)));
	}

	@Test
	void exactlyAtTheDeadlineIsNotOverdueASecondLaterIs() {
		String village = unused.village();
		Instant acceptBy = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));
		jdbc.update("delete from protection_report where village_code = ?", village);
		report(village, "RECEIVED", acceptBy.minus(Duration.ofHours(1)), acceptBy, null);
		CurrentUser officer = TestUsers.civilAffairs(village.substring(0, 6));
		assertThat(CareFixtures.as(officer, () -> summary.summary(village, acceptBy.minusSeconds(1))))
				.extracting(ProtectionSummaryView::overdue).isEqualTo(0L);
		assertThat(CareFixtures.as(officer, () -> summary.summary(village, acceptBy)))
				.extracting(ProtectionSummaryView::overdue).isEqualTo(0L);
		assertThat(CareFixtures.as(officer, () -> summary.summary(village, acceptBy.plusSeconds(1))))
				.satisfies(s -> {
					assertThat(s.overdue()).isEqualTo(1L);
					assertThat(s.openReportsByStatus()).isEqualTo(Map.of("RECEIVED", 1L, "ACCEPTED", 0L,
							"CONCLUDED", 0L));
				});
		// through the API, with the application's clock a day on
		clock.set(acceptBy.plusSeconds(5));
		assertThat(CareFixtures.as(officer, () -> summary.summary(village)).overdue()).isEqualTo(1L);
	}

	@Test
	void civilAffairsAboveAndViewersMayReadOthersAre403OrOutside404() throws Exception {
		summary(bearer(Role.VIEWER, COUNTY), COUNTY).andExpect(status().isOk())
				.andExpect(jsonPath("$.openReports").value(6));
		summary(bearer(Role.CIVIL_AFFAIRS, COUNTY.substring(0, 2)), COUNTY).andExpect(status().isOk());
		summary(bearer(Role.CIVIL_AFFAIRS, COUNTY.startsWith("61") ? "440304" : "610330"), COUNTY).andExpect(status().isNotFound());
		summary(bearer(Role.CIVIL_AFFAIRS, COUNTY), COUNTY.substring(0, 4)).andExpect(status().isNotFound());
		summary(bearer(Role.CIVIL_AFFAIRS, COUNTY), "999999").andExpect(status().isNotFound());
		summary(bearer(Role.CIVIL_AFFAIRS, COUNTY), "abc'--").andExpect(status().isNotFound());
		summary(bearer(Role.CHILD_DIRECTOR, v00), v00).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("只有民政工作人员和领导查看账号可以查看未成年人保护统计"));
		summary(bearer(Role.SUPERVISOR, t0), t0).andExpect(status().isForbidden());
		summary(bearer(Role.DEPARTMENT, COUNTY), COUNTY).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/protection/summary")).andExpect(status().isUnauthorized());
	}

	private String bearer(Role role, String jurisdiction) {
		return accounts.bearer(accounts.create("psum", Set.of(role), jurisdiction));
	}

	private ResultActions summary(String bearer, String regionCode) throws Exception {
		return mvc.perform(regionCode == null ? get("/api/v1/protection/summary").header("Authorization", bearer)
				: get("/api/v1/protection/summary").param("regionCode", regionCode).header("Authorization", bearer));
	}

	/** A report of the village (no file) received then, due then, accepted {@code minutes} after receipt. */
	private void report(String village, String status, Instant received, Instant acceptBy, Integer minutes) {
		Instant accepted = minutes == null ? null : received.plus(Duration.ofMinutes(minutes));
		jdbc.update("""
				insert into protection_report (version, status, situation, description, occurred_on, received_at,
				    accept_by, routed_to, routed_education, routed_health, child_name, province_code, city_code,
				    county_code, township_code, village_code, reporter_type, filed_by_user_id, filed_by, filed_at,
				    accepted_at, accepted_by)
				values (0, ?, 'ABANDONMENT_OR_NEGLECT', '统计测试', ?, ?, ?, 'PUBLIC_SECURITY,CIVIL_AFFAIRS', false, false,
				    null, ?, ?, ?, ?, ?, 'VILLAGE_COMMITTEE', 1, '统计测试', ?, ?, ?)""",
				status, java.sql.Date.valueOf(LocalDate.ofInstant(received, TestClock.CHINA)), Timestamp.from(received),
				Timestamp.from(acceptBy), village.substring(0, 2), village.substring(0, 4), village.substring(0, 6),
				village.substring(0, 9), village, Timestamp.from(received),
				accepted == null ? null : Timestamp.from(accepted), accepted == null ? null : "统计测试公安");
	}

	private void intervention(long child, String village, String type, String status) {
		jdbc.update("""
				insert into protection_intervention (version, child_id, province_code, city_code, county_code,
				    township_code, village_code, type, status, started_on, acting_unit, recorded_by, recorded_at)
				values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, '县民政局', '统计测试', ?)""", child, village.substring(0, 2),
				village.substring(0, 4), village.substring(0, 6), village.substring(0, 9), village, type, status,
				java.sql.Date.valueOf(LocalDate.now()), Timestamp.from(Instant.now()));
	}

	private void caregiverCase(long child, String village, String status) {
		jdbc.update("""
				insert into caregiver_case (version, child_id, province_code, city_code, county_code, township_code,
				    village_code, status, reason, opened_on, opened_at)
				values (0, ?, ?, ?, ?, ?, ?, ?, 'VISIT_GUARDIANSHIP_SERIOUS', ?, ?)""", child, village.substring(0, 2),
				village.substring(0, 4), village.substring(0, 6), village.substring(0, 9), village, status,
				java.sql.Date.valueOf(LocalDate.now()), Timestamp.from(Instant.now()));
	}
}

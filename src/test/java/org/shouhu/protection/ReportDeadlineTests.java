package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.CareFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.tasks.TaskItem;
import org.shouhu.tasks.Tasks;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ProtectionFixtures;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The county's acceptance deadline ("立即"): the policy, the deadline fixed at filing, the boundary (exactly at
 * {@code acceptBy} not overdue), the inbox order and the escalation item on the receivers' to-do lists.
 */
@IntegrationTest
class ReportDeadlineTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	ProtectionFixtures protection;

	@Autowired
	Reports reports;

	@Autowired
	Tasks tasks;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	String village;
	long childId;
	CurrentUser director;
	CurrentUser police;
	CurrentUser countyOfficer;

	@BeforeEach
	void setUp() {
		village = care.village(COUNTY, 0, 0);
		childId = protection.child(village);
		director = ProtectionFixtures.director(village);
		police = ProtectionFixtures.police(COUNTY);
		countyOfficer = ProtectionFixtures.civilAffairs(COUNTY);
	}

	@AfterEach
	void backToTheDefault() {
		jdbc.update("delete from report_policy where county_code = ?", COUNTY);
	}

	ResultActions putPolicy(CurrentUser user, String county, String body) throws Exception {
		return mvc.perform(put("/api/v1/report-policies/{code}", county).with(TestUsers.as(user))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void aCountyOnTheDefaultHasSixtyMinutesAndCivilAffairsMayChangeIt() throws Exception {
		mvc.perform(get("/api/v1/report-policies/{code}", COUNTY).with(TestUsers.as(countyOfficer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countyCode").value(COUNTY))
			.andExpect(jsonPath("$.acceptWithinMinutes").value(60));
		putPolicy(countyOfficer, COUNTY, "{\"acceptWithinMinutes\":30}").andExpect(status().isOk())
			.andExpect(jsonPath("$.acceptWithinMinutes").value(30))
			.andExpect(jsonPath("$.updatedBy").value(countyOfficer.displayName()));
		mvc.perform(get("/api/v1/report-policies/{code}", COUNTY)
				.with(TestUsers.as(ProtectionFixtures.civilAffairs(COUNTY.substring(0, 2)))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.acceptWithinMinutes").value(30));

		FiledReport filed = protection.file(director, ProtectionFixtures.about(childId));
		assertThat(Duration.between(filed.receivedAt(), filed.acceptBy())).isEqualTo(Duration.ofMinutes(30));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'REPORT_POLICY'"
				+ " and subject_id = ? and action = 'UPDATE'", Long.class, COUNTY)).isPositive();
	}

	@Test
	void minutesOutOfBoundsAreRefusedAndOnlyCivilAffairsOfTheCountyOrAboveMayChangeThem() throws Exception {
		for (String body : List.of("{\"acceptWithinMinutes\":0}", "{\"acceptWithinMinutes\":1441}", "{}",
				"{\"acceptWithinMinutes\":1.5}", "{\"acceptWithinMinutes\":true}")) {
			putPolicy(countyOfficer, COUNTY, body).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("acceptWithinMinutes"));
		}
		putPolicy(countyOfficer, COUNTY, "{\"acceptWithinMinutes\":1440}").andExpect(status().isOk());
		putPolicy(countyOfficer, COUNTY, "{\"acceptWithinMinutes\":1}").andExpect(status().isOk());
		for (CurrentUser other : List.of(director, police, ProtectionFixtures.civilAffairs(village.substring(0, 9)),
				ProtectionFixtures.civilAffairs("610331"), ProtectionFixtures.supervisor(village.substring(0, 9)))) {
			putPolicy(other, COUNTY, "{\"acceptWithinMinutes\":90}").andExpect(status().isForbidden());
		}
		putPolicy(countyOfficer, "999999", "{\"acceptWithinMinutes\":90}").andExpect(status().isNotFound());
		putPolicy(countyOfficer, village, "{\"acceptWithinMinutes\":90}").andExpect(status().isNotFound());
		putPolicy(countyOfficer, COUNTY, "{\"acceptWithinMinutes\":90,\"version\":0}").andExpect(status().isConflict());
		mvc.perform(get("/api/v1/report-policies/{code}", COUNTY).with(TestUsers.as(countyOfficer)))
			.andExpect(jsonPath("$.acceptWithinMinutes").value(1));
	}

	@Test
	void aReportIsOverdueOnlyAfterItsDeadlineAndThenEscalatesOnTheReceiversLists() {
		Instant start = Instant.now().plus(Duration.ofDays(3));
		clock.set(start);
		FiledReport filed = protection.file(director, ProtectionFixtures.about(childId));
		long id = filed.id();

		clock.set(filed.acceptBy().minusSeconds(2));
		assertThat(protection.find(police, id).overdue()).isFalse();
		assertThat(item(police, id).type()).isEqualTo("REPORT_TO_ACCEPT");
		assertThat(item(police, id).overdue()).isFalse();
		assertThat(as(police, () -> reports.list(null, true, 0, 200)).items()).noneMatch(i -> i.id() == id);

		clock.set(filed.acceptBy().plusSeconds(1));
		assertThat(protection.find(police, id).overdue()).isTrue();
		for (CurrentUser receiver : List.of(police, countyOfficer)) {
			TaskItem item = item(receiver, id);
			assertThat(item.type()).isEqualTo("REPORT_ACCEPT_OVERDUE");
			assertThat(item.overdue()).isTrue();
			assertThat(item.childId()).isEqualTo(childId);
			assertThat(item.title()).contains("逾期未受理").doesNotContain("李报告");
		}
		assertThat(as(police, () -> reports.list(null, true, 0, 200)).items()).anyMatch(i -> i.id() == id);
		assertThat(as(director, () -> tasks.itemsForCaller()).stream().filter(i -> Long.valueOf(id).equals(i.reportId())))
			.isEmpty();

		protection.accept(police, id);
		assertThat(protection.find(police, id).overdue()).isFalse();
		assertThat(as(police, () -> tasks.itemsForCaller()).stream().filter(i -> Long.valueOf(id).equals(i.reportId())))
			.isEmpty();
	}

	@Test
	void theInboxShowsOverdueReportsFirst() {
		Instant start = Instant.now().plus(Duration.ofDays(5));
		clock.set(start);
		long late = protection.file(director, ProtectionFixtures.about(childId)).id();
		clock.set(start.plus(Duration.ofMinutes(50)));
		long fresh = protection.file(director, ProtectionFixtures.about(childId)).id();
		long accepted = protection.file(director, ProtectionFixtures.about(childId)).id();
		protection.accept(police, accepted);
		clock.set(start.plus(Duration.ofMinutes(61)));
		List<Long> order = as(police, () -> reports.list(null, null, 0, 200)).items().stream()
			.map(ReportListItem::id).filter(i -> i == late || i == fresh || i == accepted).toList();
		assertThat(order).containsExactly(late, fresh, accepted);
		assertThat(as(police, () -> reports.list(null, null, 0, 200)).items().get(0).overdue()).isTrue();
	}

	private TaskItem item(CurrentUser user, long reportId) {
		return as(user, () -> tasks.itemsForCaller()).stream().filter(i -> Long.valueOf(reportId).equals(i.reportId()))
			.findFirst().orElseThrow(() -> new AssertionError("no item for report " + reportId));
	}
}

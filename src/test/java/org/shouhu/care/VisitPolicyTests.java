package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.testing.CareFixtures.as;
import static org.shouhu.testing.CareFixtures.normal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.child.SituationType;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.Regions;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** County visit policies: who reads and changes them, and how a change moves every schedule of the county. */
@IntegrationTest
class VisitPolicyTests {

	/** Changed here (and set back to the defaults after each test). */
	static final String COUNTY = UnusedRegions.county();
	/** Another county, whose schedules must not move. */
	static final String NEIGHBOUR = UnusedRegions.county();
	@Autowired
	VisitPolicies policies;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ChildManagement children;

	final LocalDate today = Children.today();
	final CurrentUser countyOfficer = TestUsers.civilAffairs(COUNTY);

	@AfterEach
	void defaults() {
		as(countyOfficer, () -> policies.change(COUNTY, 7, 30, 14));
	}

	@Test
	void aCountyWithoutItsOwnPolicyUsesTheDefaults() {
		String county = jdbc.queryForObject("select min(code) from region where level = 'COUNTY' and code like '6103%'"
				+ " and code not in (select county_code from visit_policy)", String.class);
		VisitPolicy policy = as(TestUsers.civilAffairs(county), () -> policies.find(county));
		assertThat(policy).isEqualTo(new VisitPolicy(county, 7, 30, 14, null, null));
	}

	@Test
	void aChangeMovesTheDueDatesOfEveryChildInTheCountyAndOfNoOtherCounty() {
		String village = care.village(COUNTY, 0, 0);
		String otherTownshipVillage = care.village(COUNTY, 1, 0);
		long notVisited = care.child(village);
		long visited = care.child(otherTownshipVillage);
		care.visit(visited, normal(VisitType.HOME_VISIT, today.minusDays(4)));
		long closeAttention = care.register(TestUsers.civilAffairs(Regions.COUNTRY), Children
				.leftBehindWithGrandparents().village(village).father(SituationType.SEVERE_DISABILITY).build());
		long neighbour = care.child(care.village(NEIGHBOUR, 0, 0));

		VisitPolicy changed = as(countyOfficer, () -> policies.change(COUNTY, 10, 40, 20));

		assertThat(changed.contactDays()).isEqualTo(10);
		assertThat(changed.updatedBy()).isEqualTo(countyOfficer.displayName());
		assertThat(changed.updatedAt()).isNotNull();
		assertThat(care.schedule(notVisited).contactDueOn()).isEqualTo(today.plusDays(10));
		assertThat(care.schedule(notVisited).homeVisitDueOn()).isEqualTo(today.plusDays(40));
		assertThat(care.schedule(notVisited).homeVisitDays()).isEqualTo(40);
		assertThat(care.schedule(visited).contactDueOn()).isEqualTo(today.plusDays(6));
		assertThat(care.schedule(visited).homeVisitDueOn()).isEqualTo(today.plusDays(36));
		assertThat(care.schedule(closeAttention).homeVisitDueOn()).isEqualTo(today.plusDays(20));
		assertThat(care.schedule(closeAttention).homeVisitDays()).isEqualTo(20);
		assertThat(care.schedule(neighbour).contactDueOn()).isEqualTo(today.plusDays(7));
		assertThat(care.schedule(neighbour).homeVisitDueOn()).isEqualTo(today.plusDays(30));

		long registeredAfter = care.child(village);
		assertThat(care.schedule(registeredAfter).contactDueOn()).as("new files follow the county's policy")
				.isEqualTo(today.plusDays(10));
		care.visit(visited, normal(VisitType.CONTACT, today));
		assertThat(care.schedule(visited).contactDueOn()).isEqualTo(today.plusDays(10));
	}

	@Test
	void thePreviewCountsTheChildrenOverdueNowAndUnderTheNewCadenceChangingNothing() {
		String village = care.village(COUNTY, 0, 1);
		VisitPolicies.CadencePreview before = as(countyOfficer, () -> policies.preview(COUNTY, 10, 40, 20));
		long contactLate = care.child(village);
		care.visit(contactLate, normal(VisitType.CONTACT, today.minusDays(8)));
		long bothLate = care.child(village);
		care.visit(bothLate, normal(VisitType.HOME_VISIT, today.minusDays(35)));
		long closeAttention = care.register(TestUsers.civilAffairs(Regions.COUNTRY), Children
				.leftBehindWithGrandparents().village(village).father(SituationType.SEVERE_DISABILITY).build());
		care.visit(closeAttention, normal(VisitType.HOME_VISIT, today.minusDays(16)));
		long stillLate = care.child(village);
		care.visit(stillLate, normal(VisitType.CONTACT, today.minusDays(12)));
		care.child(village);
		long exited = care.child(village);
		care.visit(exited, normal(VisitType.CONTACT, today.minusDays(20)));
		as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.exit(exited, ExitReason.MOVED_AWAY, today, null));
		care.visit(care.child(care.village(NEIGHBOUR, 0, 0)), normal(VisitType.CONTACT, today.minusDays(20)));

		VisitPolicies.CadencePreview after = as(countyOfficer, () -> policies.preview(COUNTY, 10, 40, 20));

		assertThat(after.countyCode()).isEqualTo(COUNTY);
		assertThat(after.children() - before.children()).isEqualTo(5);
		assertThat(after.nowOverdue() - before.nowOverdue()).as("all four late under 7/30/14").isEqualTo(4);
		assertThat(after.nowContactOverdue() - before.nowContactOverdue()).isEqualTo(4);
		assertThat(after.nowHomeVisitOverdue() - before.nowHomeVisitOverdue()).as("35 > 30 and 16 > 14").isEqualTo(2);
		assertThat(after.thenOverdue() - before.thenOverdue()).as("8 days is no longer late under 10").isEqualTo(3);
		assertThat(after.thenContactOverdue() - before.thenContactOverdue()).isEqualTo(3);
		assertThat(after.thenHomeVisitOverdue() - before.thenHomeVisitOverdue()).as("35 < 40 and 16 < 20").isZero();
		assertThat(as(countyOfficer, () -> policies.find(COUNTY)).contactDays()).isEqualTo(7);
		assertThat(care.schedule(contactLate).contactDueOn()).isEqualTo(today.minusDays(1));

	}

	@Test
	void thePreviewIsForThoseWhoMayChangeAndRefusesWhatChangeRefuses() {
		assertThatThrownBy(() -> as(TestUsers.supervisor(COUNTY + "100"), () -> policies.preview(COUNTY, 10, 40, 20)))
				.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> as(TestUsers.civilAffairs(NEIGHBOUR), () -> policies.preview(COUNTY, 10, 40, 20)))
				.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> as(countyOfficer, () -> policies.preview(COUNTY, 0, 40, 50)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messagesByField())
						.containsOnlyKeys("contactDays"));
		assertThatThrownBy(() -> as(countyOfficer, () -> policies.preview("610399", 7, 30, 14)))
				.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aChangeIsRecordedInTheAuditTrail() {
		as(countyOfficer, () -> policies.change(COUNTY, 5, 30, 14));
		List<Map<String, Object>> events = jdbc.queryForList("select actor, action, detail from audit_event"
				+ " where subject_type = 'VISIT_POLICY' and subject_id = ? order by id desc", COUNTY);
		assertThat(events.get(0).get("actor")).isEqualTo(countyOfficer.username());
		assertThat(events.get(0).get("action")).isEqualTo("UPDATE");
		assertThat((String) events.get(0).get("detail")).endsWith("联系 5 天、入户走访 30 天、密切关注入户走访 14 天");
	}

	@Test
	void civilAffairsAboveTheCountyMayChangeIt() {
		VisitPolicy policy = as(TestUsers.civilAffairs("6103"), () -> policies.change(COUNTY, 6, 28, 12));
		assertThat(policy.closeAttentionHomeVisitDays()).isEqualTo(12);
	}

	@Test
	void onlyCivilAffairsOfTheCountyOrAboveMayChangeIt() {
		for (CurrentUser user : List.of(TestUsers.supervisor(COUNTY + "100"), TestUsers.director(care.village(COUNTY, 0, 0)),
				TestUsers.civilAffairs(NEIGHBOUR), TestUsers.user(Role.CIVIL_AFFAIRS, COUNTY + "100"))) {
			assertThatThrownBy(() -> as(user, () -> policies.change(COUNTY, 10, 40, 20)))
					.as(user.roles() + " " + user.jurisdiction()).isInstanceOf(ForbiddenException.class);
		}
		assertThat(as(countyOfficer, () -> policies.find(COUNTY)).contactDays()).isEqualTo(7);
	}

	@Test
	void refusesIntervalsOutOfRangeAndCloseAttentionLongerThanTheHomeVisitIntervalChangingNothing() {
		assertThatThrownBy(() -> as(countyOfficer, () -> policies.change(COUNTY, 0, 366, 14)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messagesByField())
						.containsEntry("contactDays", "应为1至365天").containsEntry("homeVisitDays", "应为1至365天"));
		assertThatThrownBy(() -> as(countyOfficer, () -> policies.change(COUNTY, 7, 20, 21)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messagesByField())
						.containsOnlyKeys("closeAttentionHomeVisitDays"));
		assertThat(as(countyOfficer, () -> policies.find(COUNTY)))
				.extracting(VisitPolicy::contactDays, VisitPolicy::homeVisitDays, VisitPolicy::closeAttentionHomeVisitDays)
				.containsExactly(7, 30, 14);
	}

	@Test
	void anyoneWorkingWithFilesInOrAboveTheCountyMayReadIt() {
		assertThat(as(TestUsers.director(care.village(COUNTY, 0, 0)), () -> policies.find(COUNTY)).countyCode())
				.isEqualTo(COUNTY);
		assertThat(as(TestUsers.civilAffairs("61"), () -> policies.find(COUNTY)).countyCode()).isEqualTo(COUNTY);
		assertThatThrownBy(() -> as(TestUsers.civilAffairs(NEIGHBOUR), () -> policies.find(COUNTY)))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(TestUsers.user(Role.VIEWER, COUNTY), () -> policies.find(COUNTY)))
				.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aCodeThatIsNoKnownCountyIsNotFound() {
		CurrentUser country = TestUsers.civilAffairs(Regions.COUNTRY);
		for (String code : List.of("610399", COUNTY + "100", "6103", "abc", "CN")) {
			assertThatThrownBy(() -> as(country, () -> policies.find(code))).as(code)
					.isInstanceOf(NotFoundException.class);
		}
	}
}

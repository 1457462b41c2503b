package org.shouhu.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.Category;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildView;
import org.shouhu.child.ExitReason;
import org.shouhu.child.HealthStatus;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.Regions;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics summary ({@code GET /api/v1/statistics/summary}) against a hand-counted county of the test's own,
 * and a city and province (summed from the county counters) against a direct count of the files.
 */
@IntegrationTest
class StatisticsSummaryTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	ChildManagement children;

	@Autowired
	StatisticsSummaries summaries;

	@Autowired
	Regions regions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	UnusedRegions unused;

	@Autowired
	StatisticsRebuild rebuild;

	@Autowired
	PlatformTransactionManager transactions;

	static final CurrentUser CIVIL = TestUsers.civilAffairs(COUNTY);

	/*
	 * Hand count of COUNTY (registered once per JVM): v00 A left-behind with paternal grandparents, boy, 9; B
	 * left-behind and disabled (two categories, counted once), girl, 5, maternal grandparents; v01 C orphan (ORPHAN and GUARDIANSHIP_DIFFICULTY), boy, 15;
	 * v10 D left-behind without a caregiver relation (NONE), boy, six today; E parents at home (no category) and F
	 * left-behind but exited: not counted. → children 4; LEFT_BEHIND 3, DISABILITY_DIFFICULTY 1, ORPHAN 1,
	 * GUARDIANSHIP_DIFFICULTY 1; caregivers
	 * PATERNAL 1, MATERNAL 1, NONE 1; 0-5: 1, 6-13: 2, 14-17: 1; MALE 3, FEMALE 1; township t0 3, t1 1.
	 */
	static boolean registered;
	static String t0;
	static String t1;
	static String v00;
	static String v01;
	static String v10;

	@BeforeEach
	void files() {
		if (registered) {
			return;
		}
		registered = true;
		t0 = regions.children(COUNTY).get(0).getCode();
		t1 = regions.children(COUNTY).get(1).getCode();
		v00 = care.village(COUNTY, 0, 0);
		v01 = care.village(COUNTY, 0, 1);
		v10 = care.village(COUNTY, 1, 0);
		LocalDate today = Children.today();
		register(Children.leftBehindWithGrandparents().village(v00).born(today.minusYears(9).minusDays(20)));
		ChildView b = register(Children.leftBehindWithGrandparents().village(v00).female()
				.born(today.minusYears(5).minusDays(40))
				.health(new ChildFile.Health(HealthStatus.DISABLED, "肢体残疾", 2, null))
				.caregiver(caregiver(CaregiverRelation.MATERNAL_GRANDPARENT)));
		assertThat(b.categories()).extracting(c -> c.code()).containsExactlyInAnyOrder(Category.LEFT_BEHIND,
				Category.DISABILITY_DIFFICULTY);
		ChildView c = register(Children.orphan().village(v01).born(today.minusYears(15).minusDays(100)));
		assertThat(c.categories()).extracting(x -> x.code()).containsExactlyInAnyOrder(Category.ORPHAN,
				Category.GUARDIANSHIP_DIFFICULTY);
		ChildView d = register(Children.leftBehindWithGrandparents().village(v10).born(today.minusYears(6))
				.caregiver(null));
		assertThat(d.categories()).extracting(x -> x.code()).contains(Category.LEFT_BEHIND);
		ChildView e = register(Children.atHome().village(v10));
		assertThat(e.categories()).isEmpty();
		ChildView f = register(Children.leftBehindWithGrandparents().village(v10));
		CareFixtures.as(CIVIL, () -> children.exit(f.id(), ExitReason.MOVED_AWAY, today, null));
	}

	private ChildView register(Children.Builder file) {
		return CareFixtures.as(CIVIL, () -> children.register(file.build()));
	}

	static ChildFile.Caregiver caregiver(CaregiverRelation relation) {
		return new ChildFile.Caregiver("赵老太", null, "13900000001", relation, "同住", LocalDate.of(2024, 3, 10));
	}

	@Test
	void countsEachFigureOfTheCountyByHand() throws Exception {
		mvc.perform(get("/api/v1/statistics/summary").param("regionCode", COUNTY)
				.with(TestUsers.as(TestUsers.user(Role.VIEWER, COUNTY))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.regionCode").value(COUNTY))
				.andExpect(jsonPath("$.asOf").isString())
				.andExpect(jsonPath("$.children").value(4))
				.andExpect(jsonPath("$.byCategory.LEFT_BEHIND").value(3))
				.andExpect(jsonPath("$.byCategory.DISABILITY_DIFFICULTY").value(1))
				.andExpect(jsonPath("$.byCategory.ORPHAN").value(1))
				.andExpect(jsonPath("$.byCategory.GUARDIANSHIP_DIFFICULTY").value(1))
				.andExpect(jsonPath("$.byCategory.POVERTY_DIFFICULTY").value(0))
				.andExpect(jsonPath("$.leftBehindByCaregiver.PATERNAL_GRANDPARENT").value(1))
				.andExpect(jsonPath("$.leftBehindByCaregiver.MATERNAL_GRANDPARENT").value(1))
				.andExpect(jsonPath("$.leftBehindByCaregiver.NONE").value(1))
				.andExpect(jsonPath("$.leftBehindByCaregiver.OTHER").value(0))
				.andExpect(jsonPath("$.byAgeBand['0-5']").value(1))
				.andExpect(jsonPath("$.byAgeBand['6-13']").value(2))
				.andExpect(jsonPath("$.byAgeBand['14-17']").value(1))
				.andExpect(jsonPath("$.byGender.MALE").value(3))
				.andExpect(jsonPath("$.byGender.FEMALE").value(1))
				.andExpect(jsonPath("$.byRegion.length()").value(regions.children(COUNTY).size()))
				.andExpect(jsonPath("$.byRegion[0].regionCode").value(t0))
				.andExpect(jsonPath("$.byRegion[0].name").value(regions.name(t0)))
				.andExpect(jsonPath("$.byRegion[0].children").value(3))
				.andExpect(jsonPath("$.byRegion[0].byCategory.LEFT_BEHIND").value(2))
				.andExpect(jsonPath("$.byRegion[1].regionCode").value(t1))
				.andExpect(jsonPath("$.byRegion[1].children").value(1))
				.andExpect(jsonPath("$.byRegion[2].children").value(0));
	}

	@Test
	void aTownshipListsItsVillagesAndAVillageNothingBelow() {
		StatisticsSummary township = as(TestUsers.supervisor(t0), () -> summaries.summary(null));
		assertThat(township.regionCode()).isEqualTo(t0);
		assertThat(township.children()).isEqualTo(3);
		assertThat(township.byRegion()).hasSize(regions.children(t0).size());
		assertThat(township.byRegion().get(0).regionCode()).isEqualTo(v00);
		assertThat(township.byRegion().get(0).children()).isEqualTo(2);
		assertThat(township.byRegion().get(1).children()).isEqualTo(1);
		assertThat(township.byRegion().get(1).byCategory()).containsEntry("ORPHAN", 1L);

		StatisticsSummary village = as(TestUsers.director(v00), () -> summaries.summary(v00));
		assertThat(village.children()).isEqualTo(2);
		assertThat(village.byGender()).containsEntry("FEMALE", 1L).containsEntry("MALE", 1L);
		assertThat(village.byRegion()).isEmpty();
	}

	@Test
	void aCityAndTheProvinceEqualADirectCountOfTheFiles() {
		LocalDate today = Children.today();
		for (String code : List.of(COUNTY.substring(0, 4), COUNTY.substring(0, 2), Regions.COUNTRY)) {
			StatisticsSummary summary = summaries.summaryAsSystem(code);
			assertThat(DirectCount.of(summary)).as(code).isEqualTo(DirectCount.of(jdbc, code, today));
		}
		StatisticsSummary city = summaries.summaryAsSystem(COUNTY.substring(0, 4));
		assertThat(city.byRegion()).filteredOn(r -> r.regionCode().equals(COUNTY))
				.singleElement().satisfies(r -> assertThat(r.children()).isEqualTo(4));
	}

	@Test
	void aFileSavedNowIsCountedNowAndAMoveCountsAtTheNewPlace() {
		String city = COUNTY.substring(0, 4);
		long cityBefore = summaries.summaryAsSystem(city).children();
		ChildView g = register(Children.orphan().village(v01));
		assertThat(summaries.summaryAsSystem(COUNTY).children()).isEqualTo(5);
		assertThat(summaries.summaryAsSystem(t0).byRegion().get(1).byCategory()).containsEntry("ORPHAN", 2L);
		assertThat(summaries.summaryAsSystem(city).children()).isEqualTo(cityBefore + 1);

		// moved to v10 (township t1) and made left-behind: counted there at once, with its new category
		ChildFile moved = Children.leftBehindWithGrandparents().village(v10).idNumber(g.file().idNumber())
				.born(g.file().birthDate()).name(g.file().name()).version(g.file().version()).build();
		CareFixtures.as(CIVIL, () -> children.update(g.id(), moved));
		StatisticsSummary county = summaries.summaryAsSystem(COUNTY);
		assertThat(county.children()).isEqualTo(5);
		assertThat(county.byRegion().get(0).children()).isEqualTo(3);
		assertThat(county.byRegion().get(1).children()).isEqualTo(2);
		assertThat(county.byCategory()).containsEntry("ORPHAN", 1L).containsEntry("LEFT_BEHIND", 4L);
		assertThat(DirectCount.of(summaries.summaryAsSystem(city))).isEqualTo(DirectCount.of(jdbc, city,
				Children.today()));

		CareFixtures.as(CIVIL, () -> children.exit(g.id(), ExitReason.MOVED_AWAY, Children.today(), null));
		assertThat(summaries.summaryAsSystem(COUNTY).children()).isEqualTo(4);
		assertThat(summaries.summaryAsSystem(city).children()).isEqualTo(cityBefore);
	}

	@Test
	void ageBandsTurnOnTheBirthday() {
		// D turns six today: 6-13. The day before, D was five.
		assertThat(summaries.summaryAsSystem(v10).byAgeBand()).containsEntry("0-5", 0L).containsEntry("6-13", 1L);
		clock.setToday(Children.today().minusDays(1));
		assertThat(summaries.summaryAsSystem(v10).byAgeBand()).containsEntry("0-5", 1L).containsEntry("6-13", 0L);
		String city = COUNTY.substring(0, 4);
		assertThat(DirectCount.of(summaries.summaryAsSystem(city))).isEqualTo(DirectCount.of(jdbc, city,
				Children.today()));
	}

	@Test
	void whoMayReadWhich() throws Exception {
		for (Role role : List.of(Role.VIEWER, Role.CIVIL_AFFAIRS, Role.SUPERVISOR, Role.CHILD_DIRECTOR)) {
			mvc.perform(get("/api/v1/statistics/summary").param("regionCode", COUNTY)
					.with(TestUsers.as(TestUsers.user(role, COUNTY)))).andExpect(status().isOk());
		}
		for (Role role : List.of(Role.DEPARTMENT, Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN)) {
			mvc.perform(get("/api/v1/statistics/summary").param("regionCode", COUNTY)
					.with(TestUsers.as(TestUsers.user(role, COUNTY)))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/statistics/summary").param("regionCode", COUNTY)
				.with(TestUsers.as(TestUsers.user(Role.VIEWER, t0)))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(COUNTY)));
		mvc.perform(get("/api/v1/statistics/summary").param("regionCode", "999999")
				.with(TestUsers.as(TestUsers.user(Role.VIEWER, Regions.COUNTRY)))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/statistics/summary").with(TestUsers.as(TestUsers.user(Role.VIEWER, t1))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.regionCode").value(t1))
				.andExpect(jsonPath("$.children").value(1));
		assertThatThrownBy(() -> summaries.summaryAsSystem("12")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theCheckFindsCountersThatDriftedAndTheRebuildEqualsTheDirectCount() {
		String city = COUNTY.substring(0, 4);
		assertThat(rebuild.check()).noneMatch(p -> p.startsWith(COUNTY));
		jdbc.update("update stat_county set n = n + 7 where county_code = ? and dim = 'C'", COUNTY);
		jdbc.update("delete from stat_child where village_code = ?", v01);
		assertThat(rebuild.check()).anyMatch(p -> p.startsWith(COUNTY + "/C/-: 11 → 4"))
				.anyMatch(p -> p.startsWith("stat_child: "));
		assertThat(summaries.summaryAsSystem(COUNTY).children()).isEqualTo(3);

		rebuild.rebuild();

		assertThat(rebuild.check()).isEmpty();
		StatisticsSummary county = summaries.summaryAsSystem(COUNTY);
		assertThat(county.children()).isEqualTo(4);
		assertThat(DirectCount.of(county)).isEqualTo(DirectCount.of(jdbc, COUNTY, Children.today()));
		assertThat(DirectCount.of(summaries.summaryAsSystem(city))).isEqualTo(DirectCount.of(jdbc, city,
				Children.today()));
	}

	@Test
	void aFileSavedInAnInnerTransactionIsCountedWhenTheOuterOneRollsBack() {
		String v02 = care.village(COUNTY, 0, 2);
		java.util.concurrent.atomic.AtomicLong saved = new java.util.concurrent.atomic.AtomicLong();
		TransactionTemplate outer = new TransactionTemplate(transactions);
		TransactionTemplate inner = new TransactionTemplate(transactions);
		inner.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		outer.executeWithoutResult(status -> {
			register(Children.orphan().village(v02));
			inner.executeWithoutResult(s -> saved.set(register(Children.leftBehindWithGrandparents().village(v02)).id()));
			status.setRollbackOnly();
		});
		StatisticsSummary village = summaries.summaryAsSystem(v02);
		assertThat(village.children()).isEqualTo(1);
		assertThat(village.byCategory()).containsEntry("LEFT_BEHIND", 1L).containsEntry("ORPHAN", 0L);
		assertThat(rebuild.check()).noneMatch(p -> p.startsWith(COUNTY));
		CareFixtures.as(CIVIL, () -> children.exit(saved.get(), ExitReason.MOVED_AWAY, Children.today(), null));
		assertThat(summaries.summaryAsSystem(v02).children()).isZero();
	}

	static <T> T as(CurrentUser user, java.util.function.Supplier<T> action) {
		return CareFixtures.as(user, action);
	}
}

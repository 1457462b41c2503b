package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotFoundException;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestVillages;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/**
 * The guardianship intervention API (API.md "Mandatory reports and protection", interventions) with real tokens: the
 * ladder per child, temporary guardianship by civil affairs with its basis and placement, ending it, every refusal,
 * the file's mark 临时监护中, the Art 21 warnings, audit and the dashboard count.
 */
@IntegrationTest
class InterventionApiTests {

	/** A township of this class alone (in a county no test owns), taken once; its first two villages are used. */
	static String township;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Interventions interventions;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ChildManagement children;

	@Autowired
	TestClock clock;

	final LocalDate today = Children.today();
	String county;
	String village;
	String otherVillage;
	CurrentUser director;
	CurrentUser officer;
	String directorBearer;
	String officerBearer;
	long child;

	@BeforeEach
	void people() {
		if (township == null) {
			township = unused.township();
		}
		county = township.substring(0, 6);
		List<String> villages = unused.villages(township, 2);
		village = villages.get(0);
		otherVillage = villages.get(1);
		director = accounts.create("ivdir", Set.of(Role.CHILD_DIRECTOR), village);
		officer = accounts.create("ivca", Set.of(Role.CIVIL_AFFAIRS), county);
		directorBearer = accounts.bearer(director);
		officerBearer = accounts.bearer(officer);
		child = care.child(village);
	}

	@Test
	void aDirectorRecordsTheVillageCommitteesAdmonition() throws Exception {
		record(child, directorBearer, step("ADMONITION", today.minusDays(2), "某村村民委员会", "劝诫祖父不得打骂孩子"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.childId").value(child))
			.andExpect(jsonPath("$.type").value("ADMONITION"))
			.andExpect(jsonPath("$.typeLabel").value("劝诫、制止"))
			.andExpect(jsonPath("$.status").value("RECORDED"))
			.andExpect(jsonPath("$.startedOn").value(today.minusDays(2).toString()))
			.andExpect(jsonPath("$.actingUnit").value("某村村民委员会"))
			.andExpect(jsonPath("$.note").value("劝诫祖父不得打骂孩子"))
			.andExpect(jsonPath("$.recordedBy").value(director.displayName()));
		assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'INTERVENTION' and actor = ?",
				String.class, director.username())).containsExactly("CREATE");
	}

	@Test
	void listsTheStepsNewestFirstAndAuditsTheRead() throws Exception {
		record(child, directorBearer, step("ADMONITION", today.minusDays(10), "村委会", "劝诫")).andExpect(status().isCreated());
		record(child, directorBearer, step("POLICE_REPORT", today.minusDays(3), "村委会", "报告派出所"))
			.andExpect(status().isCreated());
		record(child, officerBearer, step("REPRIMAND", today.minusDays(5), "县公安局", "训诫父亲"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/children/{id}/interventions", child).header("Authorization", directorBearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].type").value("POLICE_REPORT"))
			.andExpect(jsonPath("$[1].type").value("REPRIMAND"))
			.andExpect(jsonPath("$[2].type").value("ADMONITION"));
		assertThat(jdbc.queryForList("select subject_type from audit_event where action = 'VIEW' and actor = ?"
				+ " and subject_id = ?", String.class, director.username(), String.valueOf(child))).contains("CHILD");
	}

	@Test
	void civilAffairsTakesTheChildIntoTemporaryGuardianshipAndTheFileShowsIt() throws Exception {
		long id = id(record(child, officerBearer, temporary(today.minusDays(1)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("TEMPORARY_GUARDIANSHIP"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.basis").value("GUARDIAN_NEGLECT"))
			.andExpect(jsonPath("$.basisLabel").value("监护人拒绝或怠于履行监护职责，儿童无人照料"))
			.andExpect(jsonPath("$.placement").value("FOSTER_FAMILY"))
			.andExpect(jsonPath("$.placementLabel").value("家庭寄养"))
			.andExpect(jsonPath("$.placementDetail").value("同村张某家"))
			.andExpect(jsonPath("$.endedOn").isEmpty()));
		assertThat(id).isPositive();
		mvc.perform(get("/api/v1/children/{id}", child).header("Authorization", directorBearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.temporaryGuardianship").value(true));
		mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", directorBearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == %d)].temporaryGuardianship".formatted(child)).value(true));
	}

	@Test
	void onlyCivilAffairsTakesGuardianshipOrRecordsCourtAndProcuratorateSteps() throws Exception {
		CurrentUser supervisor = accounts.create("ivsup", Set.of(Role.SUPERVISOR), village.substring(0, 9));
		for (String bearer : List.of(directorBearer, accounts.bearer(supervisor))) {
			record(child, bearer, temporary(today)).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value("只有民政工作人员可以记录“临时监护”"));
			for (String type : List.of("LONG_TERM_GUARDIANSHIP", "PROTECTION_ORDER", "GUARDIANSHIP_REVOCATION",
					"PROCURATORATE_SUPPORT")) {
				record(child, bearer, step(type, today, "县人民法院", "说明")).andExpect(status().isForbidden());
			}
		}
		record(child, officerBearer, step("PROTECTION_ORDER", today, "县人民法院", "裁定人身安全保护令"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECORDED"));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aTemporaryGuardianshipNeedsTheArt92BasisAndTheArt93Placement() throws Exception {
		record(child, officerBearer, step("TEMPORARY_GUARDIANSHIP", today, "县民政局", "紧急安置"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'basis')].message")
				.value("临时监护须选择法定情形（未保法第九十二条）"))
			.andExpect(jsonPath("$.errors[?(@.field == 'placement')].message")
				.value("临时监护须选择安置方式（未保法第九十三条）"));
		assertThat(count()).isZero();
		assertFileNotMarked();
	}

	@Test
	void aOneOffStepTakesNoBasisOrPlacement() throws Exception {
		record(child, officerBearer, """
				{"type":"REPRIMAND","startedOn":"%s","actingUnit":"县公安局","note":"训诫",
				 "basis":"GUARDIAN_HARM","placement":"KINSHIP"}""".formatted(today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'basis')].message").value("只有临时监护需要填写法定情形"))
			.andExpect(jsonPath("$.errors[?(@.field == 'placement')].message").value("只有临时监护需要填写安置方式"));
		assertThat(count()).isZero();
	}

	@Test
	void refusesBadDatesTextsAndCodesNamingTheFieldStoringNothing() throws Exception {
		record(child, directorBearer, step("ADMONITION", today.plusDays(1), "村委会", "劝诫"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("不能晚于今天"));
		record(child, directorBearer, step("ADMONITION", LocalDate.of(2000, 1, 1), "村委会", "劝诫"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("不能早于儿童出生日期"));
		record(child, directorBearer, """
				{"type":"ADMONITION","startedOn":"%s","actingUnit":"  ","note":null}""".formatted(today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'actingUnit')].message").value("必填"))
			.andExpect(jsonPath("$.errors[?(@.field == 'note')].message").value("必填"));
		record(child, directorBearer, step("ADMONITION", today, "村".repeat(101), "劝诫"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actingUnit"))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过100个字"));
		record(child, directorBearer, step("ADMONITION", today, "村委\u202e会", "劝诫"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("actingUnit"));
		record(child, directorBearer, step("SCOLDING", today, "村委会", "劝诫"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		record(child, directorBearer, "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		assertThat(count()).isZero();
	}

	@Test
	void aSecondActiveTemporaryGuardianshipIsAConflict() throws Exception {
		record(child, officerBearer, temporary(today.minusDays(3))).andExpect(status().isCreated());
		record(child, officerBearer, temporary(today))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该儿童已在临时监护中，请先结束当前的临时监护"));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void endingReturnsTheChildHomeClearsTheMarkAndASecondEndIsAConflict() throws Exception {
		long id = id(record(child, officerBearer, temporary(today.minusDays(20))).andExpect(status().isCreated()));
		end(child, id, officerBearer, """
				{"endedOn":"%s","outcome":"RETURNED_HOME","note":"评估父亲已回乡，具备监护条件"}""".formatted(today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"))
			.andExpect(jsonPath("$.endedOn").value(today.toString()))
			.andExpect(jsonPath("$.outcome").value("RETURNED_HOME"))
			.andExpect(jsonPath("$.outcomeLabel").value("经评估送回监护人抚养"))
			.andExpect(jsonPath("$.endNote").value("评估父亲已回乡，具备监护条件"))
			.andExpect(jsonPath("$.endedBy").value(officer.displayName()));
		assertFileNotMarked();
		end(child, id, officerBearer, """
				{"endedOn":"%s","outcome":"RETURNED_HOME","note":null}""".formatted(today))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该临时监护已于" + today + "结束，不能再次结束"));
		record(child, officerBearer, temporary(today)).andExpect(status().isCreated());
	}

	@Test
	void endingInLongTermGuardianshipRecordsTheArt94Step() throws Exception {
		long id = id(record(child, officerBearer, temporary(today.minusDays(30))).andExpect(status().isCreated()));
		end(child, id, officerBearer, """
				{"endedOn":"%s","outcome":"LONG_TERM_GUARDIANSHIP"}""".formatted(today.minusDays(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("LONG_TERM_GUARDIANSHIP"));
		mvc.perform(get("/api/v1/children/{id}/interventions", child).header("Authorization", officerBearer))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].type").value("LONG_TERM_GUARDIANSHIP"))
			.andExpect(jsonPath("$[0].status").value("RECORDED"))
			.andExpect(jsonPath("$[0].startedOn").value(today.minusDays(1).toString()))
			.andExpect(jsonPath("$[0].actingUnit").value("县民政局"))
			.andExpect(jsonPath("$[1].status").value("ENDED"));
	}

	@Test
	void refusesToEndAOneOffStepBadDatesOrForAnyoneButCivilAffairs() throws Exception {
		long admonition = id(record(child, directorBearer, step("ADMONITION", today, "村委会", "劝诫"))
			.andExpect(status().isCreated()));
		end(child, admonition, officerBearer, """
				{"endedOn":"%s","outcome":"RETURNED_HOME"}""".formatted(today))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("“劝诫、制止”是一次性措施，不需要结束；只有临时监护可以结束"));
		long id = id(record(child, officerBearer, temporary(today.minusDays(5))).andExpect(status().isCreated()));
		end(child, id, directorBearer, """
				{"endedOn":"%s","outcome":"RETURNED_HOME"}""".formatted(today))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("只有民政工作人员可以结束临时监护"));
		end(child, id, officerBearer, """
				{"endedOn":"%s","outcome":"RETURNED_HOME"}""".formatted(today.minusDays(6)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("结束日期不能早于临时监护开始日期（" + today.minusDays(5) + "）"));
		end(child, id, officerBearer, """
				{"endedOn":"%s","outcome":"RETURNED_HOME"}""".formatted(today.plusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("不能晚于今天"));
		end(child, id, officerBearer, "{\"endedOn\":null,\"outcome\":\"ADOPTED\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		end(child, id, officerBearer, "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'endedOn')].message").value("必填"))
			.andExpect(jsonPath("$.errors[?(@.field == 'outcome')].message").value("必填"));
		end(child, 999_999_999L, officerBearer, "{\"endedOn\":\"%s\",\"outcome\":\"RETURNED_HOME\"}".formatted(today))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select status from protection_intervention where id = ?", String.class, id))
			.isEqualTo("ACTIVE");
		assertThat(marked()).isTrue();
	}

	@Test
	void aChildOutsideTheJurisdictionIsNotFound() throws Exception {
		long elsewhere = care.child(TestVillages.A);
		record(elsewhere, officerBearer, temporary(today)).andExpect(status().isNotFound());
		record(elsewhere, directorBearer, step("ADMONITION", today, "村委会", "劝诫")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/children/{id}/interventions", elsewhere).header("Authorization", officerBearer))
			.andExpect(status().isNotFound());
		long mine = id(record(child, officerBearer, temporary(today)).andExpect(status().isCreated()));
		end(elsewhere, mine, officerBearer, "{\"endedOn\":\"%s\",\"outcome\":\"RETURNED_HOME\"}".formatted(today))
			.andExpect(status().isNotFound());
		CurrentUser otherDirector = accounts.create("ivother", Set.of(Role.CHILD_DIRECTOR), otherVillage);
		mvc.perform(get("/api/v1/children/{id}/interventions", child).header("Authorization",
				accounts.bearer(otherDirector))).andExpect(status().isNotFound());
	}

	@Test
	void rolesThatDoNotWorkWithFilesAreForbidden() throws Exception {
		CurrentUser viewer = accounts.create("ivview", Set.of(Role.VIEWER), county);
		record(child, accounts.bearer(viewer), step("ADMONITION", today, "村委会", "劝诫")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children/{id}/interventions", child).header("Authorization", accounts.bearer(viewer)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anExitedChildGetsNoNewStepButItsGuardianshipCanEnd() throws Exception {
		long id = id(record(child, officerBearer, temporary(today.minusDays(5))).andExpect(status().isCreated()));
		CareFixtures.as(officer, () -> children.exit(child, ExitReason.MOVED_AWAY, today, null));
		record(child, officerBearer, step("ADMONITION", today, "村委会", "劝诫"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("该儿童已减员，不能再记录监护干预措施"));
		end(child, id, officerBearer, "{\"endedOn\":\"%s\",\"outcome\":\"RETURNED_HOME\"}".formatted(today))
			.andExpect(status().isOk());
	}

	@Test
	void countsAndListsTheActiveTemporaryGuardianshipsOfARegion() throws Exception {
		String own = unused.township();
		List<String> villages = unused.villages(own, 2);
		CurrentUser countyOfficer = accounts.create("ivcnt", Set.of(Role.CIVIL_AFFAIRS), own.substring(0, 6));
		long before = CareFixtures.as(countyOfficer, () -> interventions.activeTemporaryGuardianships(null));
		long first = care.child(villages.get(0));
		long second = care.child(villages.get(1));
		long third = care.child(villages.get(0));
		String bearer = accounts.bearer(countyOfficer);
		record(first, bearer, temporary(today.minusDays(9))).andExpect(status().isCreated());
		record(second, bearer, temporary(today.minusDays(3))).andExpect(status().isCreated());
		long ended = id(record(third, bearer, temporary(today.minusDays(5))).andExpect(status().isCreated()));
		end(third, ended, bearer, "{\"endedOn\":\"%s\",\"outcome\":\"RETURNED_HOME\"}".formatted(today))
			.andExpect(status().isOk());
		record(third, bearer, step("ADMONITION", today, "村委会", "劝诫")).andExpect(status().isCreated());

		assertThat(CareFixtures.as(countyOfficer, () -> interventions.activeTemporaryGuardianships(own))).isEqualTo(2);
		assertThat(CareFixtures.as(countyOfficer, () -> interventions.activeTemporaryGuardianships(null)))
			.isEqualTo(before + 2);
		assertThat(CareFixtures.as(countyOfficer, () -> interventions.activeTemporaryGuardianships(villages.get(1))))
			.isEqualTo(1);
		assertThat(CareFixtures.as(countyOfficer, () -> interventions.activeTemporaryGuardianshipList(own)))
			.extracting(ActiveTemporaryGuardianship::childId).containsExactly(first, second);
		assertThatThrownBy(() -> CareFixtures.as(countyOfficer,
				() -> interventions.activeTemporaryGuardianships(TestVillages.A.substring(0, 6))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> CareFixtures.as(countyOfficer, () -> interventions.activeTemporaryGuardianships("12")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> CareFixtures.as(countyOfficer, () -> interventions.activeTemporaryGuardianships("x")))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aChildUnder16LivingAloneCarriesTheArt21WarningOnTheFileAndInTheList() throws Exception {
		long alone = care.register(officer, Children.leftBehindWithGrandparents().village(village)
			.born(today.minusYears(16).plusDays(1)).livingAlone().build());
		long sixteen = care.register(officer, Children.leftBehindWithGrandparents().village(village)
			.born(today.minusYears(16)).livingAlone().build());
		mvc.perform(get("/api/v1/children/{id}", alone).header("Authorization", directorBearer))
			.andExpect(jsonPath("$.warnings", hasSize(1)))
			.andExpect(jsonPath("$.warnings[0].code").value("LIVING_ALONE_UNDER_16"))
			.andExpect(jsonPath("$.warnings[0].text").value(
					"未满16周岁独居：父母或其他监护人不得使未满十六周岁的未成年人脱离监护单独生活（未保法第二十一条第二款）"));
		mvc.perform(get("/api/v1/children/{id}", sixteen).header("Authorization", directorBearer))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
		mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", directorBearer))
			.andExpect(jsonPath("$.items[?(@.id == %d)].warnings[0].code".formatted(alone)).value("LIVING_ALONE_UNDER_16"))
			.andExpect(jsonPath("$.items[?(@.id == %d)].temporaryGuardianship".formatted(alone)).value(false));
		clock.setToday(today.plusDays(1));
		mvc.perform(get("/api/v1/children/{id}", alone).header("Authorization", accounts.bearer(director)))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	@Test
	void aChildUnder8WithoutAnyoneCaringIsWarned() throws Exception {
		long unattended = care.register(officer, Children.leftBehindWithGrandparents().village(village)
			.born(today.minusYears(6)).guardianship(GuardianshipGrade.NONE).build());
		mvc.perform(get("/api/v1/children/{id}", unattended).header("Authorization", directorBearer))
			.andExpect(jsonPath("$.warnings[0].code").value("UNATTENDED_UNDER_8"));
		mvc.perform(get("/api/v1/children/{id}", child).header("Authorization", directorBearer))
			.andExpect(jsonPath("$.warnings", hasSize(0)));
	}

	private ResultActions record(long childId, String bearer, String body) throws Exception {
		return mvc.perform(post("/api/v1/children/{id}/interventions", childId).header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions end(long childId, long id, String bearer, String body) throws Exception {
		return mvc.perform(post("/api/v1/children/{id}/interventions/{iid}/end", childId, id)
			.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static String step(String type, LocalDate on, String unit, String note) {
		return """
				{"type":"%s","startedOn":"%s","actingUnit":"%s","note":"%s"}""".formatted(type, on, unit, note);
	}

	static String temporary(LocalDate on) {
		return """
				{"type":"TEMPORARY_GUARDIANSHIP","startedOn":"%s","actingUnit":"县民政局","note":"祖父母住院，无人照料",
				 "basis":"GUARDIAN_NEGLECT","placement":"FOSTER_FAMILY","placementDetail":"同村张某家"}""".formatted(on);
	}

	private static long id(ResultActions created) throws Exception {
		return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from protection_intervention where child_id = ?", Long.class, child);
	}

	private boolean marked() {
		return jdbc.queryForObject("select temporary_guardianship from child where id = ?", Boolean.class, child);
	}

	private void assertFileNotMarked() {
		assertThat(marked()).isFalse();
	}
}

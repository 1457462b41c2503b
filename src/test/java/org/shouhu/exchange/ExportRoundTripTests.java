package org.shouhu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.FamilyIncome;
import org.shouhu.child.Gender;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SchoolingStatus;
import org.shouhu.child.SituationType;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * The export re-imports cleanly: a region with varied files exported and imported again by the same county's civil
 * affairs is a job DONE with every row unchanged, no file added or changed and no history entry written.
 */
@IntegrationTest
class ExportRoundTripTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ChildManagement children;

	@Autowired
	UnusedRegions unused;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anExportImportsBackWithoutAnyChange() throws Exception {
		String township = unused.township();
		List<String> villages = unused.villages(township, 2);
		String county = township.substring(0, 6);
		CurrentUser civilAffairs = accounts.create("rtcounty", Set.of(Role.CIVIL_AFFAIRS), county);
		String bearer = accounts.bearer(civilAffairs);
		List<ChildFile> files = new ArrayList<>();
		LocalDate born = Children.today().minusYears(11).withDayOfYear(100);
		files.add(new ChildFile("往返全", IdNumbers.random(born, Gender.FEMALE), Gender.FEMALE, born, "回族", true,
				HukouType.URBAN, "陕西省宝鸡市某县", villages.get(0), "某村3组12号",
				new ChildFile.Health(HealthStatus.DISABLED, "肢体残疾", 2, null),
				new ChildFile.Schooling(SchoolingStatus.JUNIOR_HIGH, "某县第二中学", true),
				new ChildFile.Parent("赵父", IdNumbers.adult(), "13812345678", LocalDate.of(1985, 4, 3), List.of(
						new ChildFile.ParentSituation(SituationType.SERIOUS_ILLNESS, LocalDate.of(2023, 1, 1), null),
						new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, LocalDate.of(2022, 1, 1), null)),
						"广东省东莞市"),
				new ChildFile.Parent("钱母", null, "02988886666", null, List.of(), null),
				new ChildFile.Caregiver("赵祖母", IdNumbers.adult(), "13900001111", CaregiverRelation.MATERNAL_GRANDPARENT,
						"某村3组12号", LocalDate.of(2024, 5, 6)),
				GuardianshipGrade.CAREGIVER_INCAPABLE, false, List.of(FamilyIncome.RELATIVES, FamilyIncome.WAGES),
				List.of(FamilyAssistance.MEDICAL_ASSISTANCE, FamilyAssistance.DIBAO), "备注，含逗号、顿号\n和换行", null));
		files.add(Children.orphan().name("往返孤").village(villages.get(1)).build());
		files.add(Children.leftBehindWithGrandparents().name("往返留").village(villages.get(0)).female().build());
		files.add(Children.leftBehindWithGrandparents().name("往返病").village(villages.get(1))
			.health(new ChildFile.Health(HealthStatus.SERIOUSLY_ILL, null, null, "白血病"))
			.mother(SituationType.DECLARED_MISSING, SituationType.IMPRISONED).guardianship(GuardianshipGrade.NONE)
			.caregiver(null).livingAlone().build());
		// a situation that ended: not 现状 any more, and the import keeps it as it was
		files.add(Children.leftBehindWithGrandparents().name("往返旧").village(villages.get(1))
			.father(new ChildFile.Parent("孙父", null, "13700000000", null, List.of(
					new ChildFile.ParentSituation(SituationType.IMPRISONED, LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1)),
					new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, LocalDate.of(2021, 3, 1), null)), "江苏省苏州市"))
			.build());
		files.add(Children.atHome().name("往返家").village(villages.get(0)).remarks("父母在家").build());
		// no ID number (未登记户口): recognised by village, name and birth date, not imported again
		files.add(Children.leftBehindWithGrandparents().name("往返无").village(villages.get(0)).withoutHukou().build());
		List<Long> ids = new ArrayList<>();
		for (ChildFile file : files) {
			ids.add(children.registerAsSystem(file, "测试").id());
		}
		long exited = children.registerAsSystem(Children.leftBehindWithGrandparents().name("往返减")
			.village(villages.get(0)).build(), "测试").id();
		TestUsers.login(civilAffairs);
		try {
			children.exit(exited, ExitReason.PARENTS_RETURNED, Children.today(), null);
		}
		finally {
			TestUsers.logout();
		}
		long historyBefore = history(township);
		long filesBefore = files(township);
		List<String> viewsBefore = views(bearer, ids);

		byte[] export = mvc.perform(get("/api/v1/children/export").param("regionCode", township)
				.param("purpose", "往返核对").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			assertThat(ExportTests.rows(workbook.getSheetAt(0))).hasSize(files.size());
		}

		JsonNode job = ImportTests.importAndWait(mvc, bearer, export);
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("errors")).isEmpty();
		int n = files.size();
		assertThat(ImportTests.counts(job)).containsExactly(n, n, 0, 0, n, 0);
		assertThat(history(township)).as("no history entry added").isEqualTo(historyBefore);
		assertThat(files(township)).isEqualTo(filesBefore);
		assertThat(views(bearer, ids)).isEqualTo(viewsBefore);
	}

	private long history(String township) {
		return jdbc.queryForObject("select count(*) from child_history h join child c on c.id = h.child_id"
				+ " where c.township_code = ?", Long.class, township);
	}

	private long files(String township) {
		return jdbc.queryForObject("select count(*) from child where township_code = ?", Long.class, township);
	}

	/** The files as the API shows them, without what a read or the clock changes. */
	private List<String> views(String bearer, List<Long> ids) throws Exception {
		List<String> views = new ArrayList<>();
		for (long id : ids) {
			String json = mvc.perform(get("/api/v1/children/" + id).header("Authorization", bearer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			views.add(json);
		}
		return views;
	}
}

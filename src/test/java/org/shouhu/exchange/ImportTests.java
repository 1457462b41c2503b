package org.shouhu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.Gender;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestVillages;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ImportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UnusedRegions unused;

	@Autowired
	Regions regions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ImportRunner runner;

	@Autowired
	ChildManagement children;

	String village;
	CurrentUser director;
	String bearer;

	@BeforeEach
	void director() {
		village = unused.village();
		director = accounts.create("impdir", Set.of(Role.CHILD_DIRECTOR), village);
		bearer = accounts.bearer(director);
	}

	@Test
	void validRowsCreateFilesAndTheSameWorkbookAgainChangesNothing() throws Exception {
		List<Map<TemplateColumns, Object>> rows = List.of(ImportWorkbooks.row(village), ImportWorkbooks.row(village),
				ImportWorkbooks.row(village));
		byte[] workbook = ImportWorkbooks.xlsx(rows);

		JsonNode done = importAndWait(bearer, workbook);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(counts(done)).containsExactly(3, 3, 3, 0, 0, 0);
		assertThat(done.get("errors")).isEmpty();
		JsonNode list = json(mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", bearer)));
		assertThat(list.get("total").asInt()).isEqualTo(3);
		assertThat(list.get("items").get(0).get("categories").toString()).contains("LEFT_BEHIND");
		long id = list.get("items").get(0).get("id").asLong();
		int history = json(mvc.perform(get("/api/v1/children/" + id + "/history").header("Authorization", bearer))).size();
		assertThat(history).isEqualTo(1);

		JsonNode again = importAndWait(bearer, workbook);
		assertThat(counts(again)).containsExactly(3, 3, 0, 0, 3, 0);
		assertThat(json(mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", bearer)))
			.get("total").asInt()).isEqualTo(3);
		assertThat(json(mvc.perform(get("/api/v1/children/" + id + "/history").header("Authorization", bearer))).size())
			.as("an identical row writes no history").isEqualTo(history);

		// one row changed: an update of the same file, not a second file
		String idNumber = json(mvc.perform(get("/api/v1/children/" + id).header("Authorization", bearer))).get("idNumber").asString();
		List<Map<TemplateColumns, Object>> changed = new ArrayList<>();
		for (Map<TemplateColumns, Object> row : rows) {
			Map<TemplateColumns, Object> copy = new HashMap<>(row);
			if (row.get(TemplateColumns.ID_NUMBER).equals(idNumber)) {
				copy.put(TemplateColumns.SCHOOL_NAME, "希望小学");
			}
			changed.add(new java.util.EnumMap<>(copy));
		}
		JsonNode update = importAndWait(bearer, ImportWorkbooks.xlsx(changed));
		assertThat(counts(update)).containsExactly(3, 3, 0, 1, 2, 0);
		JsonNode file = json(mvc.perform(get("/api/v1/children/" + id).header("Authorization", bearer)));
		assertThat(file.get("schooling").get("schoolName").asString()).isEqualTo("希望小学");
		JsonNode entries = json(mvc.perform(get("/api/v1/children/" + id + "/history").header("Authorization", bearer)));
		assertThat(entries.size()).isEqualTo(history + 1);
		assertThat(entries.get(0).toString()).contains("希望小学").contains(director.displayName());
	}

	@Test
	void theTemplatesExampleRowLeftInIsRefusedAndTheRowsBelowItAreImported() throws Exception {
		Map<TemplateColumns, Object> example = ImportWorkbooks.row(village, ImportTemplate.EXAMPLE_ID_NUMBER,
				LocalDate.of(2015, 3, 12));
		example.put(TemplateColumns.NAME, "王小明");
		JsonNode done = importAndWait(bearer, ImportWorkbooks.xlsx(List.of(example, ImportWorkbooks.row(village))));

		assertThat(counts(done)).containsExactly(2, 2, 1, 0, 0, 1);
		JsonNode error = done.get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(2);
		assertThat(error.get("column").asString()).isEqualTo("公民身份证号码");
		assertThat(error.get("message").asString()).contains("示例行");
		assertThat(children.locateByIdNumber(ImportTemplate.EXAMPLE_ID_NUMBER)).isEmpty();
	}

	@Test
	void datesAreReadAsTextInBothFormsAndAsExcelDateCells() throws Exception {
		LocalDate born = Children.today().minusYears(8).withMonth(3).withDayOfMonth(5);
		Map<TemplateColumns, Object> iso = ImportWorkbooks.row(village, IdNumbers.random(born, Gender.MALE), born);
		Map<TemplateColumns, Object> slash = ImportWorkbooks.row(village, IdNumbers.random(born, Gender.MALE), born);
		slash.put(TemplateColumns.BIRTH_DATE, born.getYear() + "/3/5");
		slash.put(TemplateColumns.CONFIRMATION_DATE, "2024/3/1");
		Map<TemplateColumns, Object> cell = ImportWorkbooks.row(village, IdNumbers.random(born, Gender.MALE), born);
		cell.put(TemplateColumns.BIRTH_DATE, born);
		cell.put(TemplateColumns.CONFIRMATION_DATE, LocalDate.of(2024, 3, 1));
		cell.put(TemplateColumns.VILLAGE_CODE, Long.parseLong(village));
		cell.put(TemplateColumns.DISABILITY_GRADE, null);

		JsonNode done = importAndWait(bearer, ImportWorkbooks.xlsx(List.of(iso, slash, cell)));
		assertThat(done.get("errors")).isEmpty();
		assertThat(done.get("imported").asInt()).isEqualTo(3);
		for (Map<TemplateColumns, Object> row : List.of(iso, slash, cell)) {
			JsonNode file = fileByIdNumber((String) row.get(TemplateColumns.ID_NUMBER));
			assertThat(file.get("birthDate").asString()).isEqualTo(born.toString());
			assertThat(file.get("caregiver").get("confirmationSignedOn").asString()).isEqualTo("2024-03-01");
		}
	}

	@Test
	void everyBadRowIsReportedWithItsRowColumnAndAChineseMessageAndTheOthersAreImported() throws Exception {
		String otherVillage = unused.village();
		LocalDate born = Children.today().minusYears(10).minusDays(3);
		List<Map<TemplateColumns, Object>> rows = new ArrayList<>();
		rows.add(ImportWorkbooks.row(village)); // row 2: fine
		Map<TemplateColumns, Object> badId = ImportWorkbooks.row(village);
		badId.put(TemplateColumns.ID_NUMBER, IdNumbers.withWrongCheck((String) badId.get(TemplateColumns.ID_NUMBER)));
		rows.add(badId); // 3
		Map<TemplateColumns, Object> mismatch = ImportWorkbooks.row(village, IdNumbers.random(born, Gender.FEMALE), born.minusDays(1));
		rows.add(mismatch); // 4: birth date and gender against the ID
		Map<TemplateColumns, Object> labels = ImportWorkbooks.row(village);
		labels.put(TemplateColumns.HEALTH_STATUS, "残疾");
		labels.put(TemplateColumns.DISABILITY_GRADE, "五级");
		labels.put(TemplateColumns.FATHER_SITUATION, "外出务工、打工");
		labels.put(TemplateColumns.HUKOU_TYPE, "乡村");
		labels.put(TemplateColumns.FAMILY_INCOME, "打工、彩票");
		rows.add(labels); // 5
		Map<TemplateColumns, Object> date = ImportWorkbooks.row(village);
		date.put(TemplateColumns.CONFIRMATION_DATE, "2024.3.1");
		rows.add(date); // 6
		rows.add(ImportWorkbooks.row(otherVillage)); // 7: outside the jurisdiction
		Map<TemplateColumns, Object> unknownVillage = ImportWorkbooks.row(village);
		unknownVillage.put(TemplateColumns.VILLAGE_CODE, "999999999999");
		rows.add(unknownVillage); // 8
		Map<TemplateColumns, Object> noName = ImportWorkbooks.row(village);
		noName.remove(TemplateColumns.NAME);
		noName.put(TemplateColumns.MOTHER_PHONE, "12345");
		rows.add(noName); // 9
		Map<TemplateColumns, Object> twice = ImportWorkbooks.row(village);
		twice.put(TemplateColumns.ID_NUMBER, rows.get(0).get(TemplateColumns.ID_NUMBER));
		rows.add(twice); // 10: same ID as row 2
		rows.add(null); // 11: blank, skipped
		Map<TemplateColumns, Object> grades = ImportWorkbooks.row(village);
		grades.put(TemplateColumns.HEALTH_STATUS, "残疾");
		grades.put(TemplateColumns.DISABILITY_GRADE, "2");
		grades.put(TemplateColumns.MOTHER_SITUATION, "");
		rows.add(grades); // 12: fine, 1–4 accepted, empty 现状 = at home
		Map<TemplateColumns, Object> chinese = ImportWorkbooks.row(village);
		chinese.put(TemplateColumns.HEALTH_STATUS, "残疾");
		chinese.put(TemplateColumns.DISABILITY_GRADE, "三级");
		chinese.put(TemplateColumns.FATHER_SITUATION, "服刑在押、重病");
		rows.add(chinese); // 13: fine

		JsonNode done = importAndWait(bearer, ImportWorkbooks.xlsx(rows));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(counts(done)).containsExactly(11, 11, 3, 0, 0, 8);
		Map<Integer, List<String>> byRow = new HashMap<>();
		for (JsonNode e : done.get("errors")) {
			byRow.computeIfAbsent(e.get("row").asInt(), r -> new ArrayList<>())
				.add(e.get("column").asString("") + "|" + e.get("message").asString());
		}
		assertThat(byRow.keySet()).containsExactlyInAnyOrder(3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(byRow.get(3)).containsExactly("公民身份证号码|身份证号码有误：位数、出生日期或最后一位校验码不对，请核对");
		assertThat(byRow.get(4)).anyMatch(m -> m.startsWith("出生日期|")).anyMatch(m -> m.startsWith("性别|"));
		assertThat(byRow.get(5)).anyMatch(m -> m.startsWith("残疾等级|“五级”不是残疾等级"))
			.anyMatch(m -> m.startsWith("父亲现状|“打工”不是可选的值"))
			.anyMatch(m -> m.startsWith("户籍类型|“乡村”不是可选的值，可填：农村、城镇"))
			.anyMatch(m -> m.startsWith("家庭收入来源|“彩票”"));
		assertThat(byRow.get(6)).containsExactly(
				"确认书签订日期|“2024.3.1”不是日期，请填写 yyyy-MM-dd（如 2015-03-12）或 yyyy/M/d（如 2015/3/12），或使用 Excel 日期单元格");
		assertThat(byRow.get(7)).singleElement().asString().startsWith("现居住村(居)代码|");
		assertThat(byRow.get(8)).singleElement().asString().startsWith("现居住村(居)代码|");
		assertThat(byRow.get(9)).contains("姓名|必填").anyMatch(m -> m.startsWith("母亲联系电话|"));
		assertThat(byRow.get(10)).containsExactly("公民身份证号码|与第 2 行的身份证号码相同，本行未导入；同一儿童请只填一行");
		JsonNode list = json(mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", bearer)));
		assertThat(list.get("total").asInt()).isEqualTo(3);
		JsonNode graded = fileByIdNumber((String) grades.get(TemplateColumns.ID_NUMBER));
		assertThat(graded.get("health").get("disabilityGrade").asInt()).isEqualTo(2);
		assertThat(graded.get("mother").get("situations")).isEmpty();
		JsonNode third = fileByIdNumber((String) chinese.get(TemplateColumns.ID_NUMBER));
		assertThat(third.get("health").get("disabilityGrade").asInt()).isEqualTo(3);
		assertThat(third.get("father").get("situations").toString()).contains("IMPRISONED", "SERIOUS_ILLNESS");

		// the error workbook: the rejected rows with their cells and messages, to fix and upload again
		MvcResult download = mvc.perform(get("/api/v1/imports/" + done.get("id").asLong() + "/errors")
			.header("Authorization", bearer)).andExpect(status().isOk()).andReturn();
		assertThat(download.getResponse().getContentType()).isEqualTo(ImportTemplateApiXlsx.XLSX);
		byte[] errors = download.getResponse().getContentAsByteArray();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(c -> headers.add(format.formatCellValue(c)));
			List<String> expected = new ArrayList<>(TemplateColumns.headers());
			expected.add("错误说明");
			assertThat(headers).isEqualTo(expected);
			assertThat(sheet.getLastRowNum()).isEqualTo(8);
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(TemplateColumns.ID_NUMBER.ordinal())))
				.isEqualTo(badId.get(TemplateColumns.ID_NUMBER));
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(TemplateColumns.values().length)))
				.contains("第 3 行", "公民身份证号码", "身份证号码有误");
			assertThat(format.formatCellValue(sheet.getRow(7).getCell(TemplateColumns.values().length)))
				.contains("第 9 行", "姓名：必填", "母亲联系电话");
		}
		Integer audited = jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW' and subject_type = 'IMPORT'"
				+ " and subject_id = ? and actor = ? and detail like '%8 行%'", Integer.class,
				done.get("id").asString(), director.username());
		assertThat(audited).isEqualTo(1);

		// the error workbook, fixed, goes back in as it is (its 错误说明 column is ignored)
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(errors))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			var fixed = sheet.getRow(1);
			fixed.removeCell(fixed.getCell(TemplateColumns.ID_NUMBER.ordinal()));
			fixed.createCell(TemplateColumns.ID_NUMBER.ordinal())
				.setCellValue(IdNumbers.random(Children.today().minusYears(9).minusDays(40), Gender.MALE));
			fixed.removeCell(fixed.getCell(TemplateColumns.BIRTH_DATE.ordinal()));
			var out = new java.io.ByteArrayOutputStream();
			workbook.write(out);
			JsonNode again = importAndWait(bearer, out.toByteArray());
			assertThat(again.get("status").asString()).isEqualTo("DONE");
			// the row that repeated row 2's ID number now meets that file alone: it updates it
			assertThat(again.get("rejected").asInt()).isEqualTo(7);
			assertThat(again.get("updated").asInt()).isEqualTo(1);
			assertThat(again.get("errors").get(0).get("row").asInt()).isEqualTo(2);
			assertThat(again.get("errors").get(0).get("column").asString()).as(again.get("errors").toString())
				.isEqualTo("出生日期");
		}
	}

	@Test
	void anIdNumberFiledElsewhereIsRejectedNamingOnlyTheTownship() throws Exception {
		String elsewhere = unused.village();
		Map<TemplateColumns, Object> row = ImportWorkbooks.row(elsewhere);
		CurrentUser other = accounts.create("impother", Set.of(Role.CHILD_DIRECTOR), elsewhere);
		assertThat(importAndWait(accounts.bearer(other), ImportWorkbooks.xlsx(List.of(row))).get("imported").asInt())
			.isEqualTo(1);

		Map<TemplateColumns, Object> mine = new java.util.EnumMap<>(row);
		mine.put(TemplateColumns.VILLAGE_CODE, village);
		JsonNode done = importAndWait(bearer, ImportWorkbooks.xlsx(List.of(mine)));
		assertThat(counts(done)).containsExactly(1, 1, 0, 0, 0, 1);
		JsonNode error = done.get("errors").get(0);
		String township = Regions.ancestorCode(elsewhere, RegionLevel.TOWNSHIP);
		String county = Regions.ancestorCode(elsewhere, RegionLevel.COUNTY);
		assertThat(error.get("column").asString()).isEqualTo("公民身份证号码");
		assertThat(error.get("message").asString()).contains(regions.name(township))
			.doesNotContain(regions.name(county))
			.doesNotContain((String) row.get(TemplateColumns.NAME));
		assertThat(json(mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", bearer)))
			.get("total").asInt()).isZero();
	}

	@Test
	void aWorkbookWithWrongHeadersOrNoWorkbookAtAllFailsAndChangesNothing() throws Exception {
		List<String> headers = new ArrayList<>(TemplateColumns.headers());
		headers.remove("民族");
		headers.set(headers.indexOf("备注"), "备注说明");
		List<List<Object>> rows = List.of(new ArrayList<>(List.of(ImportWorkbooks.row(village).values())));
		JsonNode wrong = importAndWait(bearer, ImportWorkbooks.xlsx(headers, rows));
		assertThat(wrong.get("status").asString()).isEqualTo("FAILED");
		assertThat(wrong.get("message").asString()).contains("民族", "备注", "备注说明", "未导入任何数据");
		assertThat(wrong.get("imported").asInt()).isZero();

		JsonNode notXlsx = importAndWait(bearer, "姓名,性别\n王小明,男\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(notXlsx.get("status").asString()).isEqualTo("FAILED");
		assertThat(notXlsx.get("message").asString()).contains("xlsx", "未导入任何数据");

		assertThat(json(mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", bearer)))
			.get("total").asInt()).isZero();
		Integer failures = jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT' and outcome = 'FAILURE'"
				+ " and actor = ?", Integer.class, director.username());
		assertThat(failures).isEqualTo(2);

		mvc.perform(multipart("/api/v1/imports").header("Authorization", bearer)).andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.xlsx", ImportTemplateApiXlsx.XLSX, new byte[0]))
			.header("Authorization", bearer)).andExpect(status().isBadRequest());
	}

	@Test
	void onlyRolesWithChildFilesImportAndAJobIsSeenByItsStarterAndTheCivilAffairsAndSupervisorsAboveIt() throws Exception {
		CurrentUser admin = accounts.create("impadmin", Set.of(Role.SECURITY_ADMIN), "CN");
		mvc.perform(multipart("/api/v1/imports").file(file(ImportWorkbooks.xlsx(List.of(ImportWorkbooks.row(village)))))
			.header("Authorization", accounts.bearer(admin))).andExpect(status().isForbidden());

		JsonNode done = importAndWait(bearer, ImportWorkbooks.xlsx(List.of(ImportWorkbooks.row(village))));
		long id = done.get("id").asLong();
		String county = Regions.ancestorCode(village, RegionLevel.COUNTY);
		CurrentUser civil = accounts.create("impcivil", Set.of(Role.CIVIL_AFFAIRS), county);
		String civilBearer = accounts.bearer(civil);
		JsonNode seen = json(mvc.perform(get("/api/v1/imports/" + id).header("Authorization", civilBearer)));
		assertThat(seen.get("imported").asInt()).isEqualTo(1);
		assertThat(seen.get("startedBy").asString()).isEqualTo(director.actorName());
		mvc.perform(get("/api/v1/imports/" + id + "/errors").header("Authorization", civilBearer))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW' and subject_type = 'IMPORT'"
				+ " and subject_id = ? and actor = ?", Integer.class, String.valueOf(id), civil.username()))
			.as("the error workbook read by the county, audited under its reader").isEqualTo(1);
		CurrentUser supervisor = accounts.create("impsup", Set.of(Role.SUPERVISOR),
				Regions.ancestorCode(village, RegionLevel.TOWNSHIP));
		mvc.perform(get("/api/v1/imports/" + id).header("Authorization", accounts.bearer(supervisor)))
			.andExpect(status().isOk());
		String otherVillage = unused.village();
		CurrentUser neighbour = accounts.create("impneighbour", Set.of(Role.CHILD_DIRECTOR), otherVillage);
		// 太白县: a county the allocator never hands out, so never the imported village's
		CurrentUser otherCounty = accounts.create("impcivil2", Set.of(Role.CIVIL_AFFAIRS),
				Regions.ancestorCode(TestVillages.TAIBAI, RegionLevel.COUNTY));
		for (CurrentUser outsider : List.of(neighbour, otherCounty)) {
			mvc.perform(get("/api/v1/imports/" + id).header("Authorization", accounts.bearer(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/imports/" + id + "/errors").header("Authorization", accounts.bearer(outsider)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/imports/" + (id + 1_000_000)).header("Authorization", bearer)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/" + id).header("Authorization", accounts.bearer(admin)))
			.andExpect(status().isForbidden());

		Integer audited = jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT' and outcome = 'SUCCESS'"
				+ " and subject_id = ? and actor = ? and detail = ?", Integer.class, String.valueOf(id),
				director.username(), "新增 1 条，更新 0 条，无变化 0 条，未导入 0 行");
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void aJobLeftRunningByAStoppedJvmIsMarkedFailedAndImportingAgainAddsNoDuplicates() throws Exception {
		List<Map<TemplateColumns, Object>> rows = new ArrayList<>();
		for (int i = 0; i < ImportRunner.BATCH + 20; i++) {
			rows.add(ImportWorkbooks.row(village));
		}
		// the first batch was committed before the JVM died: its rows are on file, the job says RUNNING
		JsonNode first = importAndWait(bearer, ImportWorkbooks.xlsx(rows.subList(0, ImportRunner.BATCH)));
		assertThat(first.get("imported").asInt()).isEqualTo(ImportRunner.BATCH);
		jdbc.update("update import_job set status = 'RUNNING', total_rows = ?, finished_at = null where id = ?",
				rows.size(), first.get("id").asLong());

		assertThat(runner.recoverInterrupted()).isGreaterThanOrEqualTo(1);
		JsonNode crashed = json(mvc.perform(get("/api/v1/imports/" + first.get("id").asLong()).header("Authorization", bearer)));
		assertThat(crashed.get("status").asString()).isEqualTo("FAILED");
		assertThat(crashed.get("processedRows").asInt()).isEqualTo(ImportRunner.BATCH);
		assertThat(crashed.get("message").asString()).contains("500 / 520", "重新导入同一工作簿");

		JsonNode again = importAndWait(bearer, ImportWorkbooks.xlsx(rows));
		assertThat(counts(again)).containsExactly(520, 520, 20, 0, 500, 0);
		assertThat(json(mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", bearer)))
			.get("total").asInt()).isEqualTo(520);
	}

	/** totalRows, processedRows, imported, updated, unchanged, rejected. */
	@Test
	void aRowWithoutIdNumberIsTheFileOfTheSameNameAndBirthDateInTheVillageAndTwoSuchFilesRefuseIt() throws Exception {
		Map<TemplateColumns, Object> row = new HashMap<>(ImportWorkbooks.row(village));
		row.put(TemplateColumns.ID_NUMBER, null);
		row.put(TemplateColumns.HUKOU_REGISTERED, "否");
		byte[] workbook = ImportWorkbooks.xlsx(List.of(new java.util.EnumMap<>(row)));
		assertThat(counts(importAndWait(bearer, workbook))).containsExactly(1, 1, 1, 0, 0, 0);
		assertThat(counts(importAndWait(bearer, workbook))).as("not imported a second time")
			.containsExactly(1, 1, 0, 0, 1, 0);
		row.put(TemplateColumns.SCHOOL_NAME, "希望小学");
		assertThat(counts(importAndWait(bearer, ImportWorkbooks.xlsx(List.of(new java.util.EnumMap<>(row))))))
			.containsExactly(1, 1, 0, 1, 0, 0);
		JsonNode list = json(mvc.perform(get("/api/v1/children").param("villageCode", village).header("Authorization", bearer)));
		assertThat(list.get("total").asInt()).isEqualTo(1);

		// a second file of that name and birth date without an ID number: the row cannot tell which one it is
		children.registerAsSystem(Children.leftBehindWithGrandparents().name((String) row.get(TemplateColumns.NAME))
			.village(village).birthDateOnly(LocalDate.parse((String) row.get(TemplateColumns.BIRTH_DATE)))
			.withoutHukou().build(), "测试");
		JsonNode refused = importAndWait(bearer, workbook);
		assertThat(counts(refused)).containsExactly(1, 1, 0, 0, 0, 1);
		assertThat(refused.get("errors").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(refused.get("errors").get(0).get("column").asString()).isEqualTo("姓名");
		assertThat(refused.get("errors").get(0).get("message").asString()).contains("2 份同名、同出生日期");
	}

	@Test
	void aChildsSecondRowIsRefusedEvenInAnotherBatchAndTheErrorsComeInRowOrder() throws Exception {
		// four batches, two of them committing at once: the same child without an ID number in the first and the
		// third, and a repeated ID number in each of the last three
		List<Map<TemplateColumns, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 3 * ImportRunner.BATCH + 10; i++) {
			rows.add(ImportWorkbooks.row(village));
		}
		Map<TemplateColumns, Object> unnumbered = new HashMap<>(rows.get(0));
		unnumbered.put(TemplateColumns.ID_NUMBER, null);
		unnumbered.put(TemplateColumns.HUKOU_REGISTERED, "否");
		unnumbered.put(TemplateColumns.NAME, Children.randomName("钱"));
		rows.set(0, new java.util.EnumMap<>(unnumbered));
		rows.set(2 * ImportRunner.BATCH + 5, new java.util.EnumMap<>(unnumbered));
		List<Integer> repeats = List.of(ImportRunner.BATCH + 3, 2 * ImportRunner.BATCH + 7, 3 * ImportRunner.BATCH + 2);
		for (int at : repeats) {
			Map<TemplateColumns, Object> repeat = new HashMap<>(ImportWorkbooks.row(village));
			repeat.put(TemplateColumns.ID_NUMBER, rows.get(1).get(TemplateColumns.ID_NUMBER));
			repeat.put(TemplateColumns.BIRTH_DATE, rows.get(1).get(TemplateColumns.BIRTH_DATE));
			rows.set(at, new java.util.EnumMap<>(repeat));
		}

		JsonNode done = importAndWait(bearer, ImportWorkbooks.xlsx(rows));

		assertThat(counts(done)).containsExactly(rows.size(), rows.size(), rows.size() - 4, 0, 0, 4);
		List<Integer> errorRows = new ArrayList<>();
		done.get("errors").forEach(e -> errorRows.add(e.get("row").asInt()));
		// Excel row = list index + 2 (header = row 1)
		assertThat(errorRows).containsExactly(repeats.get(0) + 2, 2 * ImportRunner.BATCH + 7, repeats.get(1) + 2,
				repeats.get(2) + 2);
		JsonNode second = done.get("errors").get(1);
		assertThat(second.get("column").asString()).isEqualTo("姓名");
		assertThat(second.get("message").asString()).contains("与第 2 行是同一儿童");
		JsonNode list = json(mvc.perform(get("/api/v1/children").param("villageCode", village)
			.param("q", (String) unnumbered.get(TemplateColumns.NAME)).header("Authorization", bearer)));
		assertThat(list.get("total").asInt()).as("one file for the child without an ID number").isEqualTo(1);
	}

	static List<Integer> counts(JsonNode job) {
		return List.of(job.get("totalRows").asInt(), job.get("processedRows").asInt(), job.get("imported").asInt(),
				job.get("updated").asInt(), job.get("unchanged").asInt(), job.get("rejected").asInt());
	}

	JsonNode importAndWait(String authorization, byte[] workbook) throws Exception {
		return ImportTests.importAndWait(mvc, authorization, workbook);
	}

	static JsonNode importAndWait(MockMvc mvc, String authorization, byte[] workbook) throws Exception {
		JsonNode started = JSON.readTree(mvc.perform(multipart("/api/v1/imports").file(file(workbook))
			.header("Authorization", authorization))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString());
		assertThat(started.get("status").asString()).isEqualTo("RUNNING");
		long id = started.get("id").asLong();
		for (int i = 0; i < 1200; i++) {
			JsonNode job = JSON.readTree(mvc.perform(get("/api/v1/imports/" + id).header("Authorization", authorization))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			if (!"RUNNING".equals(job.get("status").asString())) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + id + " still running after 2 minutes");
	}

	static MockMultipartFile file(byte[] workbook) {
		return new MockMultipartFile("file", "摸底排查表.xlsx", ImportTemplateApiXlsx.XLSX, workbook);
	}

	JsonNode fileByIdNumber(String idNumber) throws Exception {
		JsonNode list = json(mvc.perform(get("/api/v1/children").param("q", idNumber).header("Authorization", bearer)));
		assertThat(list.get("total").asInt()).as(idNumber).isEqualTo(1);
		return json(mvc.perform(get("/api/v1/children/" + list.get("items").get(0).get("id").asLong())
			.header("Authorization", bearer)));
	}

	JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return JSON.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** The xlsx media type. */
	static final class ImportTemplateApiXlsx {

		static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	}
}

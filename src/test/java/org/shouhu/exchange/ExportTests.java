package org.shouhu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
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
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code GET /api/v1/children/export}: real workbooks read back with POI, against hand-made files. */
@IntegrationTest
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	@Autowired
	UnusedRegions unused;

	@Autowired
	JdbcTemplate jdbc;

	String township;
	String village;
	String otherVillage;
	String county;
	CurrentUser civilAffairs;
	String fullId;
	String fatherId;
	String caregiverId;

	@BeforeEach
	void files() {
		township = unused.township();
		List<String> villages = unused.villages(township, 2);
		village = villages.get(0);
		otherVillage = villages.get(1);
		county = township.substring(0, 6);
		civilAffairs = TestUsers.civilAffairs(county);
		LocalDate born = Children.today().minusYears(10).withDayOfYear(40);
		fullId = IdNumbers.random(born, Gender.FEMALE);
		fatherId = IdNumbers.adult();
		caregiverId = IdNumbers.adult();
		children.registerAsSystem(new ChildFile("导出全", fullId, Gender.FEMALE, born, "回族", true, HukouType.URBAN,
				"陕西省宝鸡市某县", village, "某村3组12号",
				new ChildFile.Health(HealthStatus.DISABLED, "肢体残疾", 3, null),
				new ChildFile.Schooling(SchoolingStatus.JUNIOR_HIGH, "某县第二中学", true),
				new ChildFile.Parent("赵父", fatherId, "13812345678", null, List.of(
						new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, LocalDate.of(2022, 1, 1), null),
						new ChildFile.ParentSituation(SituationType.SERIOUS_ILLNESS, null, null),
						new ChildFile.ParentSituation(SituationType.IMPRISONED, LocalDate.of(2018, 1, 1),
								LocalDate.of(2020, 1, 1))),
						"广东省东莞市"),
				new ChildFile.Parent("钱母", null, "02988886666", null, List.of(), null),
				new ChildFile.Caregiver("赵祖母", caregiverId, "13900001111", CaregiverRelation.MATERNAL_GRANDPARENT,
						"某村3组12号", LocalDate.of(2024, 5, 6)),
				GuardianshipGrade.CAREGIVER_INCAPABLE, false, List.of(FamilyIncome.WAGES, FamilyIncome.RELATIVES),
				List.of(FamilyAssistance.DIBAO, FamilyAssistance.MEDICAL_ASSISTANCE), "备注，含逗号", null), "测试");
		children.registerAsSystem(Children.orphan().name("导出孤").village(otherVillage).build(), "测试");
		children.registerAsSystem(Children.leftBehindWithGrandparents().name("导出无户").withoutHukou().village(village)
			.build(), "测试");
		long exited = children.registerAsSystem(Children.leftBehindWithGrandparents().name("导出减").village(village)
			.build(), "测试").id();
		TestUsers.login(civilAffairs);
		try {
			children.exit(exited, ExitReason.MOVED_AWAY, Children.today(), null);
		}
		finally {
			TestUsers.logout();
		}
		// outside the region: another township
		children.registerAsSystem(Children.leftBehindWithGrandparents().name("导出外").village(unused.village()).build(),
				"测试");
	}

	@Test
	void oneRowPerActiveFileOfTheRegionInTheTemplateWithFullNumbersAndTheImportersLabels() throws Exception {
		MvcResult result = mvc.perform(export(civilAffairs).param("regionCode", township).param("purpose", "年度摸底核对"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String disposition = URLDecoder.decode(result.getResponse().getHeader("Content-Disposition"),
				StandardCharsets.UTF_8);
		assertThat(disposition).startsWith("attachment")
			.contains("儿童档案导出-" + unused.name(township) + "-" + Children.today() + ".xlsx");

		Sheet sheet;
		List<Map<String, String>> rows;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			sheet = workbook.getSheetAt(0);
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(sheet.getSheetName()).isEqualTo("摸底排查表");
			assertThat(headers(sheet)).isEqualTo(ImportTemplateTests.HEADERS).isEqualTo(TemplateColumns.headers());
			rows = rows(sheet);
			for (Row row : sheet) {
				row.forEach(cell -> assertThat(cell.getCellType().name()).as("cell %s", cell.getAddress())
					.isIn("STRING", "BLANK"));
			}
		}
		assertThat(rows).extracting(r -> r.get("姓名")).containsExactlyInAnyOrder("导出全", "导出孤", "导出无户");

		Map<String, String> full = rows.stream().filter(r -> r.get("姓名").equals("导出全")).findFirst().orElseThrow();
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("姓名", "导出全");
		expected.put("性别", "女");
		expected.put("民族", "回族");
		expected.put("出生日期", Children.today().minusYears(10).withDayOfYear(40).toString());
		expected.put("公民身份证号码", fullId);
		expected.put("是否登记户口", "是");
		expected.put("户籍类型", "城镇");
		expected.put("户籍所在地", "陕西省宝鸡市某县");
		expected.put("现居住村(居)代码", village);
		expected.put("现居住地址", "某村3组12号");
		expected.put("健康状况", "残疾");
		expected.put("残疾类别", "肢体残疾");
		expected.put("残疾等级", "三级");
		expected.put("患病类型", "");
		expected.put("就学情况", "初中");
		expected.put("学校名称", "某县第二中学");
		expected.put("是否寄宿", "是");
		expected.put("父亲姓名", "赵父");
		expected.put("父亲身份证号", fatherId);
		expected.put("父亲联系电话", "13812345678");
		expected.put("父亲现状", "外出务工、重病");
		expected.put("父亲务工地点", "广东省东莞市");
		expected.put("母亲姓名", "钱母");
		expected.put("母亲身份证号", "");
		expected.put("母亲联系电话", "02988886666");
		expected.put("母亲现状", "");
		expected.put("母亲务工地点", "");
		expected.put("委托照护人姓名", "赵祖母");
		expected.put("委托照护人身份证号", caregiverId);
		expected.put("委托照护人电话", "13900001111");
		expected.put("与儿童关系", "外祖父母");
		expected.put("委托照护人住址", "某村3组12号");
		expected.put("确认书签订日期", "2024-05-06");
		expected.put("监护情况", "受委托监护人监护能力不足");
		expected.put("家庭收入来源", "打工、亲朋接济");
		expected.put("享受救助情况", "低保、医疗救助");
		expected.put("是否独居", "否");
		expected.put("备注", "备注，含逗号");
		assertThat(full).isEqualTo(expected);

		Map<String, String> orphan = rows.stream().filter(r -> r.get("姓名").equals("导出孤")).findFirst().orElseThrow();
		assertThat(orphan.get("父亲现状")).isEqualTo("死亡");
		assertThat(orphan.get("母亲现状")).isEqualTo("死亡");
		assertThat(orphan.get("现居住村(居)代码")).isEqualTo(otherVillage);
		assertThat(orphan.get("是否寄宿")).isEqualTo("否");
		assertThat(orphan.get("公民身份证号码")).hasSize(18).doesNotContain("*");
		Map<String, String> noHukou = rows.stream().filter(r -> r.get("姓名").equals("导出无户")).findFirst().orElseThrow();
		assertThat(noHukou.get("是否登记户口")).isEqualTo("否");
		assertThat(noHukou.get("公民身份证号码")).isEmpty();
	}

	@Test
	void theListsFiltersNarrowTheExport() throws Exception {
		assertThat(names(export(civilAffairs).param("regionCode", township).param("purpose", "核对")
			.param("villageCode", otherVillage))).containsExactly("导出孤");
		assertThat(names(export(civilAffairs).param("regionCode", otherVillage).param("purpose", "核对")))
			.containsExactly("导出孤");
		assertThat(names(export(civilAffairs).param("regionCode", township).param("purpose", "核对")
			.param("category", "ORPHAN"))).containsExactly("导出孤");
		assertThat(names(export(civilAffairs).param("regionCode", township).param("purpose", "核对").param("q", "导出无")))
			.containsExactly("导出无户");
		assertThat(names(export(civilAffairs).param("regionCode", township).param("purpose", "核对").param("q", fullId)))
			.containsExactly("导出全");
		assertThat(names(export(civilAffairs).param("regionCode", township).param("purpose", "核对")
			.param("status", "ACTIVE"))).hasSize(3);
		mvc.perform(export(civilAffairs).param("regionCode", township).param("purpose", "核对").param("status", "EXITED"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message").value("只能导出在册档案，请将状态选为“在册”或“全部”"));
	}

	@Test
	void theExportIsAuditedWithItsPurposeAndRowCount() throws Exception {
		long before = exports();
		mvc.perform(export(civilAffairs).param("regionCode", township).param("purpose", "  上报县民政局核对  "))
			.andExpect(status().isOk());
		assertThat(exports()).isEqualTo(before + 1);
		Map<String, Object> record = jdbc.queryForMap("select actor, subject_type, subject_id, outcome, detail"
				+ " from audit_event where action = 'EXPORT' and subject_id = ? order by id desc fetch first 1 rows only",
				township);
		assertThat(record.get("actor")).isEqualTo(civilAffairs.username());
		assertThat(record.get("subject_type")).isEqualTo("CHILD_EXPORT");
		assertThat(record.get("outcome")).isEqualTo("SUCCESS");
		assertThat(record.get("detail")).isEqualTo("用途：上报县民政局核对；导出 3 条档案");
	}

	@Test
	void withoutAPurposeItIsRefusedBeforeAnyByteAndNothingIsAudited() throws Exception {
		long before = exports();
		for (String purpose : new String[] { null, "", "   " }) {
			MockHttpServletRequestBuilder request = export(civilAffairs).param("regionCode", township);
			if (purpose != null) {
				request.param("purpose", purpose);
			}
			MvcResult result = mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("purpose"))
				.andExpect(jsonPath("$.errors[0].message").value("请填写导出用途"))
				.andReturn();
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(result.getResponse().getHeader("Content-Disposition")).isNull();
		}
		mvc.perform(export(civilAffairs).param("regionCode", township).param("purpose", "用途\u0007"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("purpose"));
		mvc.perform(export(civilAffairs).param("regionCode", township).param("purpose", "长".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("导出用途最多 200 个字"));
		mvc.perform(export(civilAffairs).param("regionCode", "12345").param("purpose", "核对"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
		assertThat(exports()).isEqualTo(before);
	}

	@Test
	void onlyCivilAffairsMayExport() throws Exception {
		for (CurrentUser user : List.of(TestUsers.director(village), TestUsers.supervisor(township),
				TestUsers.user(Role.VIEWER, county), TestUsers.user(Role.SECURITY_ADMIN, county))) {
			MvcResult result = mvc.perform(export(user).param("regionCode", township).param("purpose", "核对"))
				.andExpect(status().isForbidden())
				.andReturn();
			assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(result.getResponse().getContentAsString()).contains("只有民政部门人员可以导出儿童档案");
		}
	}

	@Test
	void aRegionOutsideTheJurisdictionOrUnknownIsNotFound() throws Exception {
		CurrentUser otherCounty = TestUsers.civilAffairs(county.equals("610330") ? "610331" : "610330");
		long before = exports();
		for (CurrentUser user : List.of(otherCounty)) {
			MvcResult result = mvc.perform(export(user).param("regionCode", township).param("purpose", "核对"))
				.andExpect(status().isNotFound())
				.andReturn();
			assertThat(result.getResponse().getContentAsString()).contains("不在您的管辖范围内");
		}
		mvc.perform(export(otherCounty).param("villageCode", village).param("purpose", "核对"))
			.andExpect(status().isNotFound());
		mvc.perform(export(civilAffairs).param("regionCode", county + "999").param("purpose", "核对"))
			.andExpect(status().isNotFound());
		assertThat(exports()).isEqualTo(before);
		// a township's civil affairs officer without a region exports the whole jurisdiction
		assertThat(names(export(TestUsers.civilAffairs(township)).param("purpose", "核对"))).hasSize(3);
	}

	private MockHttpServletRequestBuilder export(CurrentUser user) {
		return get("/api/v1/children/export").with(TestUsers.as(user));
	}

	private List<String> names(MockHttpServletRequestBuilder request) throws Exception {
		byte[] bytes = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			return rows(workbook.getSheetAt(0)).stream().map(r -> r.get("姓名")).toList();
		}
	}

	private long exports() {
		return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and outcome = 'SUCCESS'",
				Long.class);
	}

	static List<String> headers(Sheet sheet) {
		DataFormatter format = new DataFormatter();
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
			headers.add(format.formatCellValue(sheet.getRow(0).getCell(i)));
		}
		return headers;
	}

	/** The data rows as header → text (every column present; empty text for an empty cell). */
	static List<Map<String, String>> rows(Sheet sheet) {
		DataFormatter format = new DataFormatter();
		List<String> headers = headers(sheet);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < headers.size(); i++) {
				values.put(headers.get(i), row == null ? "" : format.formatCellValue(row.getCell(i)));
			}
			rows.add(values);
		}
		return rows;
	}
}

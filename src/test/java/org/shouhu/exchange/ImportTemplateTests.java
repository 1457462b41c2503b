package org.shouhu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.Gender;
import org.shouhu.child.IdNumber;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ImportTemplateTests {

	static final String COUNTY = "610330";

	/** DOMAIN.md §9, exact text and order. */
	static final List<String> HEADERS = List.of("姓名", "性别", "民族", "出生日期", "公民身份证号码", "是否登记户口", "户籍类型",
			"户籍所在地", "现居住村(居)代码", "现居住地址", "健康状况", "残疾类别", "残疾等级", "患病类型", "就学情况", "学校名称", "是否寄宿",
			"父亲姓名", "父亲身份证号", "父亲联系电话", "父亲现状", "父亲务工地点", "母亲姓名", "母亲身份证号", "母亲联系电话", "母亲现状",
			"母亲务工地点", "委托照护人姓名", "委托照护人身份证号", "委托照护人电话", "与儿童关系", "委托照护人住址", "确认书签订日期", "监护情况",
			"家庭收入来源", "享受救助情况", "是否独居", "备注");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void theTemplateHasTheHeadersAnExampleRowDropDownsAndInstructions() throws Exception {
		CurrentUser county = accounts.create("tplcounty", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		MvcResult result = mvc.perform(get("/api/v1/imports/template").header("Authorization", accounts.bearer(county)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String disposition = result.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment");
		assertThat(URLDecoder.decode(disposition, StandardCharsets.UTF_8)).contains("摸底排查表导入模板.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			DataFormatter format = new DataFormatter();
			XSSFSheet form = workbook.getSheetAt(0);
			assertThat(form.getSheetName()).isEqualTo("摸底排查表");
			List<String> headers = new ArrayList<>();
			for (int i = 0; i < form.getRow(0).getLastCellNum(); i++) {
				headers.add(format.formatCellValue(form.getRow(0).getCell(i)));
			}
			assertThat(headers).isEqualTo(HEADERS);
			assertThat(TemplateColumns.headers()).isEqualTo(HEADERS);
			assertThat(workbook.getFontAt(form.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(form.getPaneInformation().isFreezePane()).isTrue();
			assertThat(form.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

			Row example = form.getRow(1);
			String idNumber = format.formatCellValue(example.getCell(HEADERS.indexOf("公民身份证号码")));
			IdNumber id = IdNumber.parse(idNumber).orElseThrow();
			assertThat(format.formatCellValue(example.getCell(HEADERS.indexOf("出生日期")))).isEqualTo(id.birthDate().toString());
			assertThat(format.formatCellValue(example.getCell(HEADERS.indexOf("性别")))).isEqualTo(id.gender().label());
			assertThat(format.formatCellValue(example.getCell(HEADERS.indexOf("现居住村(居)代码")))).isEqualTo("610330101200");
			assertThat(form.getLastRowNum()).isEqualTo(1);

			assertThat(dropDown(form, "性别")).containsExactly(Gender.MALE.label(), Gender.FEMALE.label())
				.containsExactly("男", "女");
			assertThat(dropDown(form, "就学情况"))
				.containsExactly("未入园", "幼儿园", "小学", "初中", "高中", "中职", "辍学", "不在学");
			assertThat(dropDown(form, "残疾等级")).containsExactly("一级", "二级", "三级", "四级");
			assertThat(dropDown(form, "监护情况")).hasSize(5);
			for (String coded : List.of("是否登记户口", "户籍类型", "健康状况", "是否寄宿", "与儿童关系", "是否独居")) {
				assertThat(dropDown(form, coded)).as(coded).isNotEmpty();
			}
			assertThat(dropDown(form, "父亲现状")).isEmpty();
			CellRangeAddress range = validation(form, "性别").getRegions().getCellRangeAddress(0);
			assertThat(range.getFirstRow()).isEqualTo(1);
			assertThat(range.getLastRow()).isEqualTo(10000);

			Sheet instructions = workbook.getSheetAt(1);
			assertThat(instructions.getSheetName()).isEqualTo("填写说明");
			assertThat(format.formatCellValue(instructions.getRow(0).getCell(0))).isEqualTo("列名");
			assertThat(format.formatCellValue(instructions.getRow(0).getCell(1))).isEqualTo("是否必填");
			assertThat(format.formatCellValue(instructions.getRow(0).getCell(2))).isEqualTo("填写说明");
			assertThat(instructions.getLastRowNum()).isEqualTo(HEADERS.size());
			for (int i = 0; i < HEADERS.size(); i++) {
				Row row = instructions.getRow(i + 1);
				assertThat(format.formatCellValue(row.getCell(0))).isEqualTo(HEADERS.get(i));
				assertThat(format.formatCellValue(row.getCell(1))).isIn("是", "否");
				assertThat(format.formatCellValue(row.getCell(2))).isNotBlank();
			}
			assertThat(format.formatCellValue(instructions.getRow(HEADERS.indexOf("父亲现状") + 1).getCell(2)))
				.contains("、", "外出务工", "被遣送出境");
			assertThat(format.formatCellValue(instructions.getRow(HEADERS.indexOf("出生日期") + 1).getCell(2)))
				.contains("yyyy-MM-dd", "yyyy/M/d");
		}
	}

	@Test
	void everyRoleWithChildFilesGetsItOnTheApiAndThePage() throws Exception {
		for (CurrentUser user : List.of(TestUsers.director("610330101200"), TestUsers.supervisor("610330101"),
				TestUsers.civilAffairs(COUNTY))) {
			mvc.perform(get("/api/v1/imports/template").with(TestUsers.as(user))).andExpect(status().isOk());
			mvc.perform(get("/imports/template").with(TestUsers.as(user))).andExpect(status().isOk());
		}
		String list = mvc.perform(get("/children").with(TestUsers.as(TestUsers.civilAffairs(COUNTY))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("下载导入模板", "/imports/template");
	}

	@Test
	void aViewerIsRefused() throws Exception {
		CurrentUser viewer = accounts.create("tplviewer", Set.of(Role.VIEWER), COUNTY);
		MvcResult result = mvc.perform(get("/api/v1/imports/template").header("Authorization", accounts.bearer(viewer)))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		mvc.perform(get("/imports/template").with(TestUsers.as(TestUsers.user(Role.VIEWER, COUNTY))))
			.andExpect(status().isForbidden());
	}

	private static XSSFDataValidation validation(XSSFSheet sheet, String header) {
		int column = HEADERS.indexOf(header);
		return sheet.getDataValidations().stream()
			.filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
			.findFirst()
			.orElse(null);
	}

	private static List<String> dropDown(XSSFSheet sheet, String header) {
		XSSFDataValidation validation = validation(sheet, header);
		return validation == null ? List.of() : List.of(validation.getValidationConstraint().getExplicitListValues());
	}
}

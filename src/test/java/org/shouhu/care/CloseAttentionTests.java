package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildFile;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.SituationType;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class CloseAttentionTests {

	static final String COUNTY = "610330";

	@Autowired
	MockMvc mvc;

	@Autowired
	CareFixtures care;

	@Autowired
	Assessments assessments;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** A village of 唐藏镇, which no other test uses. */
	String village;
	CurrentUser county = TestUsers.civilAffairs(COUNTY);
	long disabled;
	long singleParent;
	long worried;
	long highRisk;
	long plain;
	Map<Long, String> idNumbers = new LinkedHashMap<>();

	@BeforeEach
	void children() {
		village = care.village(COUNTY, 5, 0);
		disabled = register(Children.leftBehindWithGrandparents().name("关残疾")
			.health(new ChildFile.Health(HealthStatus.DISABLED, "肢体残疾", 2, null)));
		singleParent = register(Children.leftBehindWithGrandparents().name("关单亲").father(SituationType.DECEASED)
			.mother(SituationType.OUT_MIGRANT));
		worried = register(Children.leftBehindWithGrandparents().name("关心理"));
		care.visit(worried, new NewVisit(VisitType.CONTACT, VisitMethod.PHONE, Children.today(), List.of(MetWith.CHILD),
				CareFixtures.findings(Finding.CONCERN, Finding.NORMAL), null, null, false));
		highRisk = register(Children.leftBehindWithGrandparents().name("关高危"));
		CareFixtures.as(county, () -> assessments.record(highRisk, new NewAssessment(Children.today(),
				AssessmentFormTests.answers(Map.of("psychology3", "SERIOUS")), null, null)));
		plain = register(Children.leftBehindWithGrandparents().name("关普通"));
	}

	long register(Children.Builder child) {
		long id = care.register(TestUsers.civilAffairs(Regions.COUNTRY), child.village(village).build());
		idNumbers.put(id, child.idNumber());
		return id;
	}

	@Test
	void thePageShowsTheChildrenWithTheirReasonsAndMaskedIdNumbers() throws Exception {
		String page = mvc.perform(get("/care/close-attention").with(TestUsers.as(county)).param("regionCode", village))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("重点关注儿童", "/children/" + disabled + "\"", "/children/" + singleParent + "\"",
				"/children/" + worried + "\"", "/children/" + highRisk + "\"")
			.doesNotContain("/children/" + plain + "\"")
			.contains("儿童残疾", "困境儿童", "单亲家庭", "心理行为异常", "最近一次评估为高风险")
			.contains(idNumbers.get(disabled).substring(0, 6) + "********" + idNumbers.get(disabled).substring(14))
			.doesNotContain(idNumbers.get(disabled))
			.contains("导出 Excel", "close-attention.xlsx?regionCode=" + village);
	}

	@Test
	void filtersByReason() throws Exception {
		String single = mvc.perform(get("/care/close-attention").with(TestUsers.as(county)).param("regionCode", village)
			.param("reason", "SINGLE_PARENT")).andReturn().getResponse().getContentAsString();
		assertThat(single).contains("/children/" + singleParent + "\"")
			.doesNotContain("/children/" + disabled + "\"", "/children/" + worried + "\"", "/children/" + highRisk + "\"")
			.contains("<option value=\"SINGLE_PARENT\" selected=\"selected\">单亲家庭</option>");
		String difficulty = mvc.perform(get("/care/close-attention").with(TestUsers.as(county))
			.param("regionCode", village).param("reason", "IN_DIFFICULTY")).andReturn().getResponse().getContentAsString();
		assertThat(difficulty).contains("/children/" + disabled + "\"").doesNotContain("/children/" + worried + "\"");
		String psychology = mvc.perform(get("/care/close-attention").with(TestUsers.as(county))
			.param("regionCode", village).param("reason", "PSYCHOLOGICAL_CONCERN")).andReturn().getResponse()
			.getContentAsString();
		assertThat(psychology).contains("/children/" + worried + "\"").doesNotContain("/children/" + singleParent + "\"");
		mvc.perform(get("/care/close-attention").with(TestUsers.as(county)).param("reason", "NONSENSE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("取值无效")));
	}

	@Test
	void theExportIsAWorkbookWithChineseHeadersAndMaskedIdNumbers() throws Exception {
		MvcResult result = mvc.perform(get("/care/close-attention.xlsx").with(TestUsers.as(county))
				.param("regionCode", village))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn();
		List<Map<String, String>> rows = read(result.getResponse().getContentAsByteArray());
		assertThat(rows).extracting(r -> r.get("姓名")).contains("关残疾", "关单亲", "关心理", "关高危")
			.doesNotContain("关普通");
		Map<String, String> row = rows.stream().filter(r -> r.get("公民身份证号（脱敏）")
			.equals(masked(idNumbers.get(disabled)))).findFirst().orElseThrow();
		assertThat(row).containsEntry("姓名", "关残疾")
			.containsEntry("性别", "男")
			.containsEntry("乡镇（街道）", "唐藏镇")
			.containsEntry("密切关注", "是")
			.containsEntry("未解决问题", "0");
		assertThat(row.get("关注原因")).contains("儿童残疾", "困境儿童");
		assertThat(row.get("下次入户走访")).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(rows).allSatisfy(r -> assertThat(r.get("公民身份证号（脱敏）")).matches("\\d{6}\\*{8}\\d{3}[\\dX]|未登记"));
		assertThat(rows).extracting(r -> r.get("序号")).startsWith("1", "2");
		for (String idNumber : idNumbers.values()) {
			assertThat(rows).allSatisfy(r -> assertThat(r.values()).doesNotContain(idNumber));
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and "
				+ "subject_type = 'CLOSE_ATTENTION' and subject_id = ?", Long.class, village)).isGreaterThanOrEqualTo(1);

		List<Map<String, String>> single = read(mvc.perform(get("/care/close-attention.xlsx").with(TestUsers.as(county))
			.param("regionCode", village).param("reason", "SINGLE_PARENT")).andReturn().getResponse()
			.getContentAsByteArray());
		assertThat(single).isNotEmpty()
			.allSatisfy(r -> assertThat(r.get("关注原因")).contains("单亲家庭"))
			.extracting(r -> r.get("姓名")).contains("关单亲").doesNotContain("关残疾");
	}

	@Test
	void theExportHoldsTheSameChildrenAsTheList() throws Exception {
		String json = mvc.perform(get("/api/v1/close-attention").with(TestUsers.as(county)).param("regionCode", village)
			.param("size", "200")).andReturn().getResponse().getContentAsString();
		List<String> listed = JsonPath.read(json, "$.items[*].name");
		List<Map<String, String>> rows = read(mvc.perform(get("/care/close-attention.xlsx").with(TestUsers.as(county))
			.param("regionCode", village)).andReturn().getResponse().getContentAsByteArray());
		assertThat(rows).extracting(r -> r.get("姓名")).containsExactlyElementsOf(listed);
	}

	@Test
	void theApiListsEntriesWithReasonCodesAndLabels() throws Exception {
		mvc.perform(get("/api/v1/close-attention").with(TestUsers.as(county)).param("regionCode", village)
				.param("reason", "ASSESSMENT_HIGH"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].childId").value(hasItem((int) highRisk)))
			.andExpect(jsonPath("$.items[*].childId").value(not(hasItem((int) disabled))))
			.andExpect(jsonPath("$.items[?(@.childId == " + highRisk + ")].reasons[0]").value(hasItem("ASSESSMENT_HIGH")))
			.andExpect(jsonPath("$.items[?(@.childId == " + highRisk + ")].reasonLabels[0]").value(hasItem("最近一次评估为高风险")))
			.andExpect(jsonPath("$.items[?(@.childId == " + highRisk + ")].closeAttention").value(hasItem(true)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.hasNext").isBoolean());
		mvc.perform(get("/api/v1/close-attention").with(TestUsers.as(county)).param("reason", "EXTREME"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void onlyTheJurisdictionIsListedAndOnlyChildFileRolesMayLookOrExport() throws Exception {
		CurrentUser otherTownship = TestUsers.supervisor("610330106");
		mvc.perform(get("/care/close-attention").with(TestUsers.as(otherTownship)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("/children/" + disabled + "\"")),
					not(containsString("/children/" + highRisk + "\"")))));
		assertThat(read(mvc.perform(get("/care/close-attention.xlsx").with(TestUsers.as(otherTownship))
			.param("regionCode", village)).andReturn().getResponse().getContentAsByteArray())).isEmpty();
		CurrentUser viewer = accounts.create("closeviewer", Set.of(Role.VIEWER), COUNTY);
		mvc.perform(get("/care/close-attention").with(accounts.as(viewer))).andExpect(status().isForbidden());
		mvc.perform(get("/care/close-attention.xlsx").with(accounts.as(viewer))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/close-attention").header("Authorization", accounts.bearer(viewer)))
			.andExpect(status().isForbidden());
	}

	static final String XLSX =
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static String masked(String idNumber) {
		return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
	}

	/** The sheet's rows below the header as header → cell text, checking the header row first. */
	static List<Map<String, String>> read(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("重点关注儿童");
			DataFormatter format = new DataFormatter();
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(format.formatCellValue(cell)));
			assertThat(headers).containsExactly("序号", "姓名", "性别", "年龄", "公民身份证号（脱敏）", "乡镇（街道）", "村（居）",
					"关注原因", "密切关注", "下次入户走访", "入户走访逾期", "未解决问题");
			List<Map<String, String>> rows = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				Map<String, String> values = new LinkedHashMap<>();
				for (int c = 0; c < headers.size(); c++) {
					values.put(headers.get(c), format.formatCellValue(row.getCell(c)));
				}
				rows.add(values);
			}
			return rows;
		}
	}
}

package org.shouhu.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The 导出 button of the children list, the 用途 form at /children/export and the download through it. */
@PageTest
class ExportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ChildManagement children;

	@Autowired
	UnusedRegions unused;

	String township;
	String county;
	CurrentUser civilAffairs;

	@BeforeEach
	void files() {
		township = unused.township();
		county = township.substring(0, 6);
		civilAffairs = accounts.create("expcounty", Set.of(Role.CIVIL_AFFAIRS), county);
		String village = unused.villages(township, 1).get(0);
		children.registerAsSystem(Children.leftBehindWithGrandparents().name("页导甲").village(village).build(), "测试");
		children.registerAsSystem(Children.orphan().name("页导乙").village(village).build(), "测试");
	}

	@Test
	void theListOffersTheExportOfItsFiltersOnlyToCivilAffairs() throws Exception {
		String list = page(get("/children").param("regionCode", township).param("q", "页导").with(accounts.as(civilAffairs)));
		assertThat(list).contains("id=\"export-link\"", ">导出</a>");
		String href = list.substring(list.indexOf("id=\"export-link\""));
		href = href.substring(href.indexOf("href=\"") + 6);
		href = href.substring(0, href.indexOf('"')).replace("&amp;", "&");
		assertThat(href).startsWith("/children/export?").contains("regionCode=" + township, "status=ACTIVE", "q=");
		for (Role role : List.of(Role.CHILD_DIRECTOR, Role.SUPERVISOR)) {
			CurrentUser other = accounts.create("expother", Set.of(role),
					role == Role.CHILD_DIRECTOR ? unused.villages(township, 1).get(0) : township);
			String page = page(get("/children").param("regionCode", township).with(accounts.as(other)));
			assertThat(page).as(role.name()).doesNotContain("export-link", "/children/export");
			mvc.perform(get("/children/export").param("regionCode", township).with(accounts.as(other)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/children/export").param("regionCode", township).param("purpose", "核对")
					.with(accounts.as(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void theFormCarriesTheFiltersAndAsksForThePurpose() throws Exception {
		String form = page(get("/children/export").param("regionCode", township).param("category", "ORPHAN")
			.param("status", "ACTIVE").param("q", "页导").with(accounts.as(civilAffairs)));
		assertThat(form).contains("<h1>导出儿童档案</h1>", hidden("regionCode", township), hidden("category", "ORPHAN"),
				hidden("status", "ACTIVE"), hidden("q", "页导"), unused.fullName(township), "孤儿", "<label for=\"purpose\">导出用途 *</label>");

		MvcResult missing = mvc.perform(post("/children/export").param("regionCode", township).param("category", "ORPHAN")
				.param("q", "页导").param("purpose", " ").with(accounts.as(civilAffairs)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(missing.getResponse().getHeader("Content-Disposition")).isNull();
		String again = missing.getResponse().getContentAsString();
		assertThat(again).contains("id=\"purpose-error\">请填写导出用途</div>", "导出用途：请填写导出用途",
				hidden("regionCode", township), hidden("category", "ORPHAN"));
	}

	@Test
	void theDownloadThroughThePageAppliesTheFilters() throws Exception {
		MvcResult result = mvc.perform(post("/children/export").param("regionCode", township).param("category", "ORPHAN")
				.param("status", "ACTIVE").param("q", "").param("purpose", "核对孤儿名单")
				.with(accounts.as(civilAffairs)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(names(result.getResponse().getContentAsByteArray())).containsExactly("页导乙");

		MvcResult all = mvc.perform(post("/children/export").param("regionCode", township).param("purpose", "核对")
				.with(accounts.as(civilAffairs)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(names(all.getResponse().getContentAsByteArray())).containsExactlyInAnyOrder("页导甲", "页导乙");
	}

	@Test
	void badFiltersShowTheFormAndARegionOutsideIsNotFound() throws Exception {
		MvcResult bad = mvc.perform(post("/children/export").param("regionCode", township).param("status", "EXITED")
				.param("purpose", "核对").with(accounts.as(civilAffairs)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(bad.getResponse().getContentAsString()).contains("error-summary", "状态：只能导出在册档案");
		// the form itself refuses before the purpose is typed
		MvcResult exited = mvc.perform(get("/children/export").param("regionCode", township).param("status", "EXITED")
				.with(accounts.as(civilAffairs)))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(exited.getResponse().getContentAsString()).contains("状态：只能导出在册档案");
		String otherCounty = county.equals("610330") ? "610331" : "610330";
		mvc.perform(get("/children/export").param("regionCode", otherCounty).with(accounts.as(civilAffairs)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/children/export").param("regionCode", otherCounty).param("purpose", "核对")
				.with(accounts.as(civilAffairs)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String hidden(String name, String value) {
		return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\">";
	}

	private static List<String> names(byte[] bytes) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			List<String> names = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				names.add(format.formatCellValue(sheet.getRow(r).getCell(0)));
			}
			return names;
		}
	}
}

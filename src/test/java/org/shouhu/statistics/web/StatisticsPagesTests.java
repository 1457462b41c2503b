package org.shouhu.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Regions;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics dashboard, its printable view and its xlsx download, on a township of the test's own with three
 * hand-counted files: two left-behind boys in its first village, an orphan girl in its second.
 */
@PageTest
class StatisticsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnusedRegions unused;

	@Autowired
	CareFixtures care;

	@Autowired
	Regions regions;

	@Autowired
	JdbcTemplate jdbc;

	static String township;
	static List<String> villages;

	@BeforeEach
	void files() {
		if (township != null) {
			return;
		}
		township = unused.township();
		villages = unused.villages(township, 2);
		CurrentUser civil = TestUsers.civilAffairs(township.substring(0, 6));
		care.register(civil, Children.leftBehindWithGrandparents().village(villages.get(0)).build());
		care.register(civil, Children.leftBehindWithGrandparents().village(villages.get(0)).build());
		care.register(civil, Children.orphan().female().village(villages.get(1)).build());
	}

	CurrentUser viewer() {
		return TestUsers.user(Role.VIEWER, township);
	}

	@Test
	void theDashboardShowsTheFiguresAndLinksDownToEachVillage() throws Exception {
		mvc.perform(get("/statistics").with(TestUsers.as(viewer())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(regions.fullName(township))))
				.andExpect(content().string(containsString("<strong class=\"figure-children\">3</strong>")))
				.andExpect(content().string(containsString("<strong class=\"figure-category-LEFT_BEHIND\">2</strong>")))
				.andExpect(content().string(containsString("<strong class=\"figure-category-ORPHAN\">1</strong>")))
				.andExpect(content().string(containsString("href=\"/statistics?regionCode=" + villages.get(0) + "\"")))
				.andExpect(content().string(containsString("href=\"/statistics?regionCode=" + villages.get(1) + "\"")))
				.andExpect(content().string(containsString("href=\"/statistics/export.xlsx?regionCode=" + township)))
				.andExpect(content().string(containsString("/js/statistics.js")));
		mvc.perform(get("/statistics").param("regionCode", villages.get(1)).with(TestUsers.as(viewer())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<strong class=\"figure-children\">1</strong>")))
				.andExpect(content().string(containsString("没有下一级区域")))
				.andExpect(content().string(containsString("href=\"/statistics?regionCode=" + township + "\"")));
	}

	@Test
	void thePrintableViewHoldsTheSameFiguresWithoutNavigation() throws Exception {
		mvc.perform(get("/statistics/print").param("regionCode", township).with(TestUsers.as(viewer())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<td class=\"num figure-children\">3</td>")))
				.andExpect(content().string(containsString(regions.name(villages.get(0)))))
				.andExpect(content().string(not(containsString("class=\"topbar\""))));
	}

	@Test
	void outsideTheJurisdictionIs404AndOtherRolesAre403() throws Exception {
		String elsewhere = unused.village();
		mvc.perform(get("/statistics").param("regionCode", elsewhere).with(TestUsers.as(viewer())))
				.andExpect(status().isNotFound());
		mvc.perform(get("/statistics/export.xlsx").param("regionCode", elsewhere).with(TestUsers.as(viewer())))
				.andExpect(status().isNotFound())
				.andExpect(header().doesNotExist("Content-Disposition"));
		mvc.perform(get("/statistics").with(TestUsers.as(TestUsers.user(Role.AUDIT_ADMIN, township))))
				.andExpect(status().isForbidden());
	}

	@Test
	void theDownloadReadsBackWithTheSameFiguresAndIsAudited() throws Exception {
		CurrentUser viewer = viewer();
		byte[] xlsx = mvc.perform(get("/statistics/export.xlsx").param("regionCode", township)
				.with(TestUsers.as(viewer)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Map<String, Double> totals = new HashMap<>();
			for (Row row : workbook.getSheet("汇总")) {
				if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					totals.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
				}
			}
			assertThat(totals).containsEntry("在册儿童", 3.0).containsEntry("农村留守儿童", 2.0)
					.containsEntry("孤儿", 1.0).containsEntry("男", 2.0).containsEntry("女", 1.0)
					.containsEntry("祖父母", 2.0).containsEntry("6-13 岁", 3.0);
			Sheet bySub = workbook.getSheet("分区域");
			assertThat(bySub.getRow(0).getCell(2).getStringCellValue()).isEqualTo("在册儿童");
			assertThat(bySub.getRow(1).getCell(1).getStringCellValue()).isEqualTo(villages.get(0));
			assertThat(bySub.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
			assertThat(bySub.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1.0);
			assertThat(bySub.getLastRowNum()).isEqualTo(regions.children(township).size());
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' "
				+ "and subject_type = 'STATISTICS' and subject_id = ? and actor = ?", Long.class, township,
				viewer.username())).isEqualTo(1);
	}

	@Test
	void aViewerLandsOnTheDashboardAndEveryReaderHasTheEntry() throws Exception {
		mvc.perform(get("/").with(TestUsers.as(viewer()))).andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", "/statistics"));
		mvc.perform(get("/").with(TestUsers.as(TestUsers.director(villages.get(0)))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/statistics\"")));
		mvc.perform(get("/").with(TestUsers.as(TestUsers.user(Role.AUDIT_ADMIN, township))))
				.andExpect(content().string(not(containsString("href=\"/statistics\""))));
	}
}

package org.shouhu.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.Children;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * A county civil affairs officer, on a phone (390 px), narrows the children list to the orphans of a township,
 * taps 导出, is asked for the purpose (an empty one is refused on the page), gives it and downloads the workbook of
 * exactly those files.
 */
@BrowserTest
class CivilAffairsExportsBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	ChildManagement children;

	@Autowired
	UnusedRegions unused;

	@Test
	void theOfficerExportsTheFilteredListWithAPurpose() throws Exception {
		String township = unused.township();
		String village = unused.villages(township, 1).get(0);
		CurrentUser officer = accounts.create("expbrowser", Set.of(Role.CIVIL_AFFAIRS), township.substring(0, 6));
		children.registerAsSystem(Children.orphan().name("浏览孤").village(village).build(), "测试");
		children.registerAsSystem(Children.leftBehindWithGrandparents().name("浏览留").village(village).build(), "测试");
		Path downloads = Files.createTempDirectory("shouhu-export");
		try {
			((HasCdp) driver()).executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toString()));

			loginAs(officer.username(), Accounts.PASSWORD);
			open("/children?regionCode=" + township);
			choose(By.id("category"), "孤儿");
			waitForHtmx();
			waitUntil(d -> d.findElement(By.id("export-link")).getAttribute("href").contains("category=ORPHAN"));
			assertThat(driver().findElement(By.id("results")).getText()).contains("浏览孤").doesNotContain("浏览留");
			waitFor(By.id("export-link")).click();

			waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("导出儿童档案"));
			assertThat(driver().findElement(By.cssSelector(".export-filters")).getText()).contains(unused.name(township),
					"孤儿");
			screenshot("export-form-phone");
			assertAccessible();
			assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);

			driver().findElement(By.cssSelector("#export-form button[type=submit]")).click();
			waitFor(By.id("purpose-error"));
			assertThat(driver().findElement(By.id("purpose-error")).getText()).isEqualTo("请填写导出用途");
			assertThat(driver().findElement(By.id("error-summary")).getText()).contains("导出用途：请填写导出用途");
			screenshot("export-form-missing-purpose-phone");
			assertAccessible();

			driver().findElement(By.id("purpose")).sendKeys("核对本镇孤儿名单");
			driver().findElement(By.cssSelector("#export-form button[type=submit]")).click();
			Path file = waitUntil(d -> downloaded(downloads));
			assertThat(file.getFileName().toString()).startsWith("儿童档案导出-").endsWith(".xlsx");
			assertThat(names(file)).containsExactly("浏览孤");
		}
		finally {
			FileSystemUtils.deleteRecursively(downloads);
		}
	}

	private static Path downloaded(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
		}
		catch (IOException e) {
			return null;
		}
	}

	private static List<String> names(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
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

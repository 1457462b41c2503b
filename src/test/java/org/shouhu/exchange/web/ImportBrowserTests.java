package org.shouhu.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.exchange.ImportWorkbooksForPages;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A director imports a filled-in 摸底排查表 with two bad rows, on a phone (390 px) and on a desktop: from the children
 * list to the upload form, the progress, the result with the counts and the problems, and the error rows' download.
 */
@BrowserTest
class ImportBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	UnusedRegions unused;

	@AfterEach
	void phoneAgain() {
		viewport(PHONE_WIDTH, 844, true);
	}

	@ParameterizedTest
	@ValueSource(ints = { PHONE_WIDTH, 1280 })
	void aDirectorUploadsAWorkbookWatchesItRunAndDownloadsTheRejectedRows(int width) throws Exception {
		viewport(width, width == PHONE_WIDTH ? 844 : 900, width == PHONE_WIDTH);
		String village = unused.village();
		CurrentUser director = accounts.create("impbrowser", Set.of(Role.CHILD_DIRECTOR), village);
		Path workbook = Files.createTempFile("import-browser-", ".xlsx");
		Files.write(workbook, ImportWorkbooksForPages.withTwoBadRows(village, 30));

		loginAs(director.username(), Accounts.PASSWORD);
		open("/children");
		waitFor(By.linkText("导入")).click();
		waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("导入摸底排查表"));
		assertThat(driver().findElement(By.linkText("下载导入模板")).getAttribute("href")).endsWith("/imports/template");
		assertAccessible();
		screenshot("import-form-" + width);

		driver().findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
		driver().findElement(By.id("start-import")).click();
		waitUntil(d -> d.getCurrentUrl().matches(".*/imports/\\d+$"));
		// while it runs: a progress bar that the page refreshes; then the result
		String first = waitFor(By.id("import-status")).getAttribute("data-status");
		assertThat(first).isIn("RUNNING", "DONE");
		if ("RUNNING".equals(first)) {
			assertThat(driver().findElement(By.id("import-progress")).getAttribute("max")).isEqualTo("100");
			assertAccessible();
		}
		waitUntil(d -> "DONE".equals(d.findElement(By.id("import-status")).getAttribute("data-status")));
		assertThat(driver().findElement(By.cssSelector("[data-count=total]")).getText()).isEqualTo("30");
		assertThat(driver().findElement(By.cssSelector("[data-count=imported]")).getText()).isEqualTo("28");
		assertThat(driver().findElement(By.cssSelector("[data-count=rejected]")).getText()).isEqualTo("2");
		List<String> rows = driver().findElements(By.cssSelector("#import-status table tbody tr")).stream()
			.map(r -> r.getText())
			.toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).contains("3", "性别", "“未知”不是可选的值");
		assertThat(rows.get(1)).contains("5", "出生日期");
		assertAccessible();
		fullPageScreenshot("import-result-" + width);
		assertThat(documentWidth()).isLessThanOrEqualTo(width);

		String href = driver().findElement(By.id("download-errors")).getAttribute("href");
		Object answer = script("return fetch(arguments[0]).then(r => r.arrayBuffer().then(b => r.status + ' '"
				+ " + r.headers.get('content-type') + ' ' + b.byteLength))", href);
		String[] parts = answer.toString().split(" ");
		assertThat(parts[0]).isEqualTo("200");
		assertThat(parts[1]).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(Integer.parseInt(parts[2])).isGreaterThan(1000);

		open("/imports");
		assertThat(driver().findElement(By.cssSelector("table.list tbody tr")).getText()).contains("已完成", "新增 28");
		assertAccessible();
		Files.deleteIfExists(workbook);
	}

	private void viewport(int width, int height, boolean mobile) {
		((ChromeDriver) driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
	}
}

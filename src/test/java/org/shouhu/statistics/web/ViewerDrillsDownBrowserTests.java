package org.shouhu.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 领导查看 user signs in, lands on the statistics dashboard of the township, reads the figures and the chart, and
 * drills down to a village; on a phone (390 px) and on a desktop (1280 px).
 */
@BrowserTest
class ViewerDrillsDownBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	Regions regions;

	@Autowired
	UnusedRegions unused;

	@Test
	void onAPhone() {
		landAndDrillDown("phone");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	@Test
	void onADesktop() {
		ChromeDriver chrome = (ChromeDriver) driver();
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		try {
			landAndDrillDown("desktop");
		}
		finally {
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		}
	}

	private void landAndDrillDown(String name) {
		String township = unused.township();
		List<String> villages = unused.villages(township, 2);
		CurrentUser civil = TestUsers.civilAffairs(township.substring(0, 6));
		care.register(civil, Children.leftBehindWithGrandparents().village(villages.get(0)).build());
		care.register(civil, Children.orphan().female().village(villages.get(0)).build());
		care.register(civil, Children.leftBehindWithGrandparents().village(villages.get(1)).build());
		CurrentUser viewer = accounts.create("statview" + name, Set.of(Role.VIEWER), township);

		loginAs(viewer.username(), Accounts.PASSWORD);
		waitUntil(d -> d.getCurrentUrl().contains("/statistics"));
		waitFor(By.cssSelector("#statistics-chart canvas"));
		assertThat(driver().findElement(By.tagName("h1")).getText()).contains(regions.name(township));
		assertThat(driver().findElement(By.cssSelector(".figure-children")).getText()).isEqualTo("3");
		assertThat(driver().findElement(By.cssSelector(".figure-category-LEFT_BEHIND")).getText()).isEqualTo("2");
		assertThat(driver().findElement(By.id("statistics-chart")).getAttribute("aria-label"))
				.contains(regions.name(villages.get(0)) + " 2人");
		screenshot("statistics-" + name);
		assertAccessible();

		driver().findElement(By.linkText(regions.name(villages.get(0)))).click();
		waitUntil(d -> d.getCurrentUrl().contains("regionCode=" + villages.get(0)));
		assertThat(driver().findElement(By.tagName("h1")).getText()).contains(regions.name(villages.get(0)));
		assertThat(driver().findElement(By.cssSelector(".figure-children")).getText()).isEqualTo("2");
		assertThat(driver().findElement(By.cssSelector(".figure-category-ORPHAN")).getText()).isEqualTo("1");
		screenshot("statistics-village-" + name);
		assertAccessible();

		driver().findElement(By.linkText("打印版")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/statistics/print"));
		assertThat(driver().findElement(By.cssSelector(".figure-children")).getText()).isEqualTo("2");
		screenshot("statistics-print-" + name);
		assertAccessible();
	}
}

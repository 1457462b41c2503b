package org.shouhu.protection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A county civil-affairs officer on a phone (390 px) takes a child into temporary guardianship from the child's file
 * with the Art 92 situation and the Art 93 placement; the file and the children list show 临时监护中; the officer
 * ends it (returned home after assessment) and the mark is gone. Region: a village without files ({@link UnusedRegions}).
 */
@BrowserTest
class CivilAffairsTakesChildIntoTemporaryGuardianshipBrowserTests extends BrowserTestSupport {

	/** Controls of these pages that are tap targets too, beyond those of every page. */
	private static final String[] MORE_TAP_TARGETS = { "main .chips label" };

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Test
	void civilAffairsRecordsATemporaryGuardianshipTheListShowsTheBadgeAndItEnds() {
		String village = unused.village();
		CurrentUser officer = accounts.create("tgofficer", Set.of(Role.CIVIL_AFFAIRS), village.substring(0, 6));
		String name = Children.randomName("欧");
		long child = care.register(officer, Children.leftBehindWithGrandparents().village(village).name(name).build());
		loginAs(officer.username(), Accounts.PASSWORD);

		open("/children/" + child);
		WebElement panel = waitFor(By.id("interventions-panel"));
		waitForHtmx();
		assertThat(panel.getText()).contains("监护干预", "还没有监护干预记录");
		tap(driver().findElement(By.cssSelector("a.record-intervention")));
		waitUntil(d -> d.getCurrentUrl().contains("/children/" + child + "/interventions/new"));
		tap(label("type", "TEMPORARY_GUARDIANSHIP"));
		driver().findElement(By.id("actingUnit")).sendKeys("县民政局");
		choose(By.id("basis"), "监护人拒绝或怠于履行监护职责，儿童无人照料");
		tap(label("placement", "FOSTER_FAMILY"));
		driver().findElement(By.id("placementDetail")).sendKeys("同村张某家");
		driver().findElement(By.id("note")).sendKeys("祖父母住院，孩子独自在家三天");
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		fullPageScreenshot("protection-intervention-form");
		tap(driver().findElement(By.cssSelector("button.save-intervention")));

		waitUntil(d -> d.getCurrentUrl().equals(baseUrl() + "/children/" + child));
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("已记录“临时监护”");
		assertThat(driver().findElement(By.tagName("h1")).getText()).contains(name, "临时监护中");
		WebElement active = waitFor(By.cssSelector("#interventions-panel .guardianship-active"));
		assertThat(active.getText()).contains("临时监护中", "监护人拒绝或怠于履行监护职责", "家庭寄养（同村张某家）",
				"县民政局");
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		fullPageScreenshot("protection-file-temporary-guardianship");

		open("/children?villageCode=" + village);
		WebElement row = waitFor(By.xpath("//table[contains(@class,'list')]//tr[td/a[text()='" + name + "']]"));
		assertThat(row.getText()).contains("临时监护中");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		assertAccessible();
		fullPageScreenshot("protection-list-badge");

		open("/children/" + child);
		waitFor(By.cssSelector("#interventions-panel .guardianship-active"));
		tap(driver().findElement(By.cssSelector("#interventions-panel a.end-guardianship")));
		waitUntil(d -> d.getCurrentUrl().contains("/end"));
		tap(label("outcome", "RETURNED_HOME"));
		driver().findElement(By.id("note")).sendKeys("评估父亲已返乡，具备监护条件");
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		fullPageScreenshot("protection-end-form");
		tap(driver().findElement(By.cssSelector("button.end-guardianship")));

		waitUntil(d -> d.getCurrentUrl().equals(baseUrl() + "/children/" + child));
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("临时监护已结束：经评估送回监护人抚养");
		assertThat(driver().findElement(By.tagName("h1")).getText()).doesNotContain("临时监护中");
		WebElement ended = waitFor(By.cssSelector("#interventions-panel ol.interventions li"));
		assertThat(ended.getText()).contains("临时监护", "已结束", "经评估送回监护人抚养");
		open("/children?villageCode=" + village);
		assertThat(waitFor(By.xpath("//tr[td/a[text()='" + name + "']]")).getText()).doesNotContain("临时监护中");
	}

	private WebElement label(String radio, String value) {
		return driver().findElement(By.xpath("//input[@name='" + radio + "' and @value='" + value + "']/ancestor::label"));
	}
}

package org.shouhu.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The region picker on a phone: cascade from the provinces down to a township and see its villages. */
@BrowserTest
class RegionPickerBrowserTests extends BrowserTestSupport {

	@Autowired
	Regions regions;

	@Autowired
	Accounts accounts;

	/** A leader who may look at all of China (the picker then starts at the provinces). */
	private void loginNationwide() {
		CurrentUser viewer = accounts.create("regions", Set.of(Role.VIEWER), Regions.COUNTRY);
		loginAs(viewer.username(), Accounts.PASSWORD);
	}

	@Test
	void cascadesFromProvinceToTownshipAndListsItsVillagesOnAPhone() {
		loginNationwide();
		open("/regions");
		assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("区划查询");

		pickRegion("region-code-province", "陕西省");
		pickRegion("region-code-city", "宝鸡市");
		pickRegion("region-code-county", "凤县");
		pickRegion("region-code-township", "凤州镇");

		waitUntil(d -> d.findElement(By.id("region-children")).getText().contains("610330101"));
		List<String> listed = driver().findElements(By.cssSelector("#region-children td.region-code")).stream()
				.map(WebElement::getText).toList();
		List<Region> villages = regions.children("610330101");
		assertThat(listed).containsExactlyElementsOf(villages.stream().map(Region::getCode).toList());
		assertThat(driver().findElement(By.id("region-children")).getText()).contains(villages.get(0).getName());
		assertThat(new Select(driver().findElement(By.id("region-code-village"))).getOptions())
				.hasSize(villages.size() + 1);
		assertThat(driver().findElement(By.cssSelector("#region-browser input[name='code']")).getAttribute("value"))
				.isEqualTo("610330101");
		assertThat(driver().getCurrentUrl()).endsWith("/regions?code=610330101");

		screenshot("region-picker-phone");
		assertAccessible();
		fullPageScreenshot("region-picker-phone-full");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	@Test
	void choosingTheEmptyOptionGoesBackToTheLevelAbove() {
		loginNationwide();
		open("/regions?code=610330101");
		assertThat(new Select(driver().findElement(By.id("region-code-township"))).getFirstSelectedOption().getText())
				.isEqualTo("凤州镇");

		pickRegion("region-code-county", "全部");

		waitUntil(d -> d.findElements(By.id("region-code-township")).isEmpty());
		waitUntil(d -> d.findElement(By.cssSelector("#region-browser input[name='code']")).getAttribute("value").equals("6103"));
		waitUntil(d -> d.findElement(By.id("region-children")).getText().contains("凤县"));
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
	}
}

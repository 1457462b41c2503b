package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.Children;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** A township supervisor narrows the children list to one village with the region filter, on a phone. */
@BrowserTest
class SupervisorFiltersListByVillageBrowserTests extends BrowserTestSupport {

	private static final String TOWNSHIP = "610330101";
	private static final String FENGZHOU_VILLAGE = "610330101202";
	private static final String SANGYUAN_VILLAGE = "610330101205";

	@Autowired
	Accounts accounts;

	@Autowired
	ChildManagement children;

	@Test
	void choosingAVillageInTheRegionFilterShowsOnlyThatVillagesChildren() {
		String inFengzhou = children.registerAsSystem(
				Children.leftBehindWithGrandparents().name(Children.randomName("冯")).village(FENGZHOU_VILLAGE).build(),
				"测试").file().name();
		String inSangyuan = children.registerAsSystem(
				Children.leftBehindWithGrandparents().name(Children.randomName("桑")).village(SANGYUAN_VILLAGE).build(),
				"测试").file().name();
		CurrentUser supervisor = accounts.create("supervisor", Set.of(Role.SUPERVISOR), TOWNSHIP);

		loginAs(supervisor.username(), Accounts.PASSWORD);
		open("/children?status=");
		new Select(waitFor(By.cssSelector(".region-picker select"))).selectByVisibleText("凤州村委会");
		waitUntil(d -> d.getCurrentUrl().contains("regionCode=" + FENGZHOU_VILLAGE));
		waitForHtmx();

		String results = waitFor(By.id("results")).getText();
		assertThat(driver().getCurrentUrl()).contains("regionCode=" + FENGZHOU_VILLAGE);
		assertThat(driver().findElement(By.cssSelector("input[type=hidden][name=regionCode]")).getAttribute("value"))
				.isEqualTo(FENGZHOU_VILLAGE);
		assertThat(new Select(driver().findElement(By.cssSelector(".region-picker select"))).getFirstSelectedOption()
				.getText()).isEqualTo("凤州村委会");
		assertThat(results).doesNotContain(inSangyuan);
		// the newest file of the village is on the first page
		assertThat(results).contains(inFengzhou);
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		screenshot("supervisor-list-filtered-by-village");
		assertAccessible();
	}
}

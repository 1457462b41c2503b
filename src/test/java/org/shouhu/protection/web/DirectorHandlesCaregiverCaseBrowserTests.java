package org.shouhu.protection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
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
 * A village child director on a phone (390 px) checks a left-behind child's caregiver against 未保法 Art 22 in the
 * file form and ticks a disqualifying record; saving opens a caregiver case, shown in the file's caregiver panel. The
 * director records that the parents were told, then closes the case as 父母返乡照料.
 */
@BrowserTest
class DirectorHandlesCaregiverCaseBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ChildManagement children;

	@Test
	void directorFillsTheChecklistWithADisqualificationAndHandlesTheCaseToItsEnd() {
		LocalDate today = Children.today();
		String village = unused.village();
		CurrentUser director = accounts.create("caregiver", Set.of(Role.CHILD_DIRECTOR), village);
		String name = Children.randomName("冯");
		long child = CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.register(Children
			.leftBehindWithGrandparents().village(village).name(name)
			.caregiver(new ChildFile.Caregiver("冯老汉", null, "13900000000", CaregiverRelation.PATERNAL_GRANDPARENT,
					"同住", today.minusMonths(2)))
			.build()).id());

		loginAs(director.username(), Accounts.PASSWORD);
		open("/children/" + child + "/edit");
		choose(By.id("caregiver.checklistAdult"), "是");
		choose(By.id("caregiver.checklistCapable"), "是");
		WebElement drinking = driver().findElement(By.cssSelector(
				"input[name='caregiver.disqualifications'][value='ALCOHOL_ADDICTION']"));
		click(drinking);
		assertThat(drinking.isSelected()).isTrue();
		assertThat(documentWidth()).as("fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
		assertAccessible();
		click(driver().findElement(By.cssSelector("form button[type=submit].primary")));
		waitUntil(d -> d.getCurrentUrl().endsWith("/children/" + child));

		WebElement panel = waitFor(By.id("caregiver-panel"));
		waitForHtmx();
		panel = waitFor(By.id("caregiver-panel"));
		assertThat(panel.getText()).contains("不符合被委托人条件", "有酗酒恶习", "处理中的个案",
				"照护人不符合未成年人保护法第二十二条条件");
		assertThat(panel.findElements(By.cssSelector("form.close"))).isEmpty();
		assertThat(documentWidth()).as("fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
		assertAccessible();

		script("document.getElementById('caregiver-notifiedOn').value = arguments[0]", today.toString());
		driver().findElement(By.id("caregiver-how")).sendKeys("电话告知在深圳务工的父亲，请其另行委托照护人或返乡照料");
		click(panel.findElement(By.cssSelector("form.notify button[type=submit]")));
		waitUntil(d -> d.findElement(By.id("caregiver-panel")).getText().contains("已记录告知父母的情况"));
		waitForHtmx();
		panel = waitFor(By.id("caregiver-panel"));
		assertThat(panel.getText()).contains("已于 " + today + " 告知父母");

		choose(By.id("caregiver-outcome"), "父母返乡照料");
		driver().findElement(By.id("caregiver-note")).sendKeys("母亲已返乡照料孩子");
		click(panel.findElement(By.cssSelector("form.close button[type=submit]")));
		waitUntil(d -> d.findElement(By.id("caregiver-panel")).getText().contains("委托照护个案已结案"));
		waitForHtmx();
		panel = waitFor(By.id("caregiver-panel"));
		assertThat(panel.getText()).contains("没有处理中的委托照护个案", "已结案个案（1）");
		assertThat(documentWidth()).as("fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
		assertAccessible();
		fullPageScreenshot("caregiver-case-closed");
	}

	/** A tap on a phone-size element: scrolled into view first (a sticky bar may otherwise take the click). */
	private void click(WebElement element) {
		((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}
}

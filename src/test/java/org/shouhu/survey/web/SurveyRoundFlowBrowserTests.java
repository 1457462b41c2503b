package org.shouhu.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.SurveyRoundFixtures;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A survey round on a phone (390 px): the county's civil-affairs officer opens it with a name and a deadline; the
 * village's director finds 确认本村已核查 on the home page and confirms; the township's supervisor finds 提交本乡镇 and
 * submits; the county closes the round and sees the frozen figures. Every page fits the phone and passes axe-core.
 */
@BrowserTest
class SurveyRoundFlowBrowserTests extends BrowserTestSupport {

	static final String COUNTY = SurveyRoundFixtures.PAGES_COUNTY;

	@Autowired
	Accounts accounts;

	@Autowired
	UnusedRegions unused;

	@Autowired
	CareFixtures care;

	@Autowired
	SurveyRoundFixtures fixtures;

	@AfterEach
	void closeRound() {
		fixtures.closeOpenRound(COUNTY);
	}

	@Test
	void directorConfirmsSupervisorSubmitsCountyCloses() {
		fixtures.closeOpenRound(COUNTY);
		String township = unused.township(COUNTY);
		String village = unused.villages(township, 1).get(0);
		care.child(village);
		CurrentUser officer = accounts.create("roundcounty", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		CurrentUser director = accounts.create("rounddir", Set.of(Role.CHILD_DIRECTOR), village);
		CurrentUser supervisor = accounts.create("roundsup", Set.of(Role.SUPERVISOR), township);

		loginAs(officer.username(), Accounts.PASSWORD);
		open("/survey-rounds");
		driver().findElement(By.id("name")).sendKeys("年度摸底排查");
		script("document.getElementById('deadline').value = arguments[0]", SurveyRoundFixtures.nextWeek().toString());
		fits("survey-rounds-open-form");
		tap(driver().findElement(By.cssSelector("form.survey-open button[type=submit]")));
		waitUntil(d -> d.getPageSource().contains("已开启摸底排查轮次"));
		String roundUrl = driver().getCurrentUrl();
		assertThat(section(township).getText()).contains(unused.name(village), "未确认");
		fits("survey-round-opened");

		loginAs(director.username(), Accounts.PASSWORD);
		open("/");
		WebElement item = waitFor(By.cssSelector(".survey-task"));
		assertThat(item.getText()).contains("确认本村已核查：年度摸底排查");
		fits("survey-director-home");
		tap(item.findElement(By.cssSelector("a.task-action")));
		waitUntil(d -> d.getCurrentUrl().equals(roundUrl));
		tap(waitFor(By.cssSelector("button.confirm-village")));
		waitUntil(d -> d.getPageSource().contains("已确认" + unused.name(village) + "已核查"));
		assertThat(section(township).getText()).contains("已确认 · " + director.displayName());
		assertThat(driver().findElements(By.cssSelector("button.confirm-village"))).isEmpty();
		fits("survey-director-confirmed");

		loginAs(supervisor.username(), Accounts.PASSWORD);
		open("/");
		WebElement task = waitFor(By.cssSelector(".survey-task"));
		assertThat(task.getText()).contains("各村都已确认，可以提交本乡镇");
		tap(task.findElement(By.cssSelector("a.task-action")));
		waitUntil(d -> d.getCurrentUrl().equals(roundUrl));
		tap(waitFor(By.cssSelector("button.submit-township")));
		waitUntil(d -> d.getPageSource().contains("已提交" + unused.name(township)));
		assertThat(section(township).getText()).contains("已提交 · " + supervisor.displayName());
		fits("survey-supervisor-submitted");

		loginAs(officer.username(), Accounts.PASSWORD);
		open(roundUrl.substring(baseUrl().length()));
		tap(waitFor(By.cssSelector("button.close-round")));
		waitUntil(d -> d.getPageSource().contains("已关闭本轮，全县统计已冻结为快照"));
		WebElement snapshot = waitFor(By.cssSelector(".survey-snapshot"));
		assertThat(snapshot.getText()).contains("关闭时的统计快照", "在册目标儿童", unused.name(township));
		assertThat(driver().findElements(By.cssSelector("button.close-round"))).isEmpty();
		fits("survey-round-closed");
	}

	private WebElement section(String township) {
		return waitFor(By.cssSelector("section[data-township='" + township + "']"));
	}

	private void fits(String screenshot) {
		assertThat(documentWidth()).as("fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
		assertAccessible();
		fullPageScreenshot(screenshot);
	}
}

package org.shouhu.protection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitType;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone (390 px): a visit found the child left without care; the director sees 建议强制报告 on the home page,
 * opens the file, declines one suggestion with a reason and is one tap from the prefilled report of the other; the
 * county officer reads the protection dashboard with its chart and drills down to a township.
 */
@BrowserTest
class SuggestionAndDashboardBrowserTests extends BrowserTestSupport {

	/** Controls of these pages that are tap targets too, beyond those of every page. */
	private static final String[] MORE_TAP_TARGETS = { "main .suggestion-box summary" };


	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Regions regions;

	@Autowired
	UnusedRegions unused;

	@Test
	void theDirectorDeclinesWithAReasonOrReportsInOneTapAndTheCountyReadsTheDashboard() {
		String township = unused.township();
		String village = regions.children(township).get(0).getCode();
		CurrentUser director = accounts.create("sugbrowser", Set.of(Role.CHILD_DIRECTOR), village);
		LocalDate today = Children.today();
		long child = care.register(TestUsers.civilAffairs(Regions.COUNTRY),
				Children.leftBehindWithGrandparents().village(village).build());
		care.visit(director, child, new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, today,
				List.of(MetWith.CHILD), new Findings(Finding.NORMAL, Finding.NORMAL, Finding.NORMAL, Finding.NORMAL,
						Finding.SERIOUS), "孩子独自在家多日，无人做饭", null, false));
		care.visit(director, child, new NewVisit(VisitType.CONTACT, VisitMethod.PHONE, today,
				List.of(MetWith.CHILD), new Findings(Finding.SERIOUS, Finding.NORMAL, Finding.NORMAL, Finding.NORMAL,
						Finding.NORMAL), "邻居反映孩子手臂有淤青", null, false));

		loginAs(director.username(), Accounts.PASSWORD);
		waitFor(By.cssSelector(".suggestion-task"));
		assertThat(driver().findElement(By.tagName("main")).getText()).contains("建议强制报告").contains("孩子独自在家多日");
		assertFitsThePhone("suggestion-home", MORE_TAP_TARGETS);

		open("/children/" + child);
		WebElement box = waitFor(By.cssSelector(".suggestion-box"));
		waitForHtmx();
		assertThat(box.getText()).contains("建议强制报告").contains("被遗弃或长期无人照料").contains("疑似遭受暴力伤害");
		assertFitsThePhone("suggestion-file", MORE_TAP_TARGETS);

		// decline the neglect suggestion: the reason is required
		WebElement neglect = driver().findElements(By.cssSelector(".suggestion")).stream()
				.filter(e -> e.getText().contains("无人做饭")).findFirst().orElseThrow();
		neglect.findElement(By.cssSelector("details.decline summary")).click();
		neglect.findElement(By.cssSelector("button[type=submit]")).click();
		waitUntil(d -> d.findElement(By.id("report-suggestions")).getText().contains("请写明不报告的理由"));
		waitForHtmx();
		WebElement reason = driver().findElement(By.cssSelector("#report-suggestions textarea[aria-invalid=true]"));
		reason.sendKeys("奶奶当天已从医院回家，经核实孩子有人照料");
		reason.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
		waitUntil(d -> d.findElement(By.id("report-suggestions")).getText().contains("已记录不报告的理由"));
		waitForHtmx();
		assertFitsThePhone("suggestion-declined", MORE_TAP_TARGETS);

		// one tap to the report form, prefilled
		driver().findElement(By.cssSelector("#report-suggestions a.report-now")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/reports/new"));
		assertThat(driver().getCurrentUrl()).contains("childId=" + child)
				.contains("situation=SUSPECTED_VIOLENCE_INJURY").contains("suggestion=");

		// the county's dashboard
		jdbc.update("delete from protection_report where township_code = ?", township);
		Instant now = Instant.now();
		report(village, "RECEIVED", now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), null);
		report(village, "RECEIVED", now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(55)), null);
		report(village, "ACCEPTED", now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(4)),
				now.minus(Duration.ofHours(5)).plus(Duration.ofMinutes(25)));
		CurrentUser officer = accounts.create("dashbrowser", Set.of(Role.CIVIL_AFFAIRS), township.substring(0, 6));
		loginAs(officer.username(), Accounts.PASSWORD);
		open("/protection/dashboard?regionCode=" + township);
		waitFor(By.cssSelector("#protection-chart canvas"));
		assertThat(driver().findElement(By.cssSelector(".figure-overdue")).getText()).isEqualTo("1");
		assertThat(driver().findElement(By.cssSelector(".figure-received")).getText()).isEqualTo("2");
		assertThat(driver().findElement(By.cssSelector(".figure-median")).getText()).isEqualTo("25.0 分钟");
		assertThat(driver().findElement(By.id("protection-chart")).getAttribute("aria-label"))
				.contains(regions.name(village)).contains("待受理2件（超时1件）");
		assertFitsThePhone("protection-dashboard", MORE_TAP_TARGETS);
		driver().findElement(By.linkText(regions.name(village))).click();
		waitUntil(d -> d.getCurrentUrl().contains("regionCode=" + village));
		assertThat(driver().findElement(By.tagName("h1")).getText()).contains(regions.name(village));
		assertThat(driver().findElement(By.cssSelector(".figure-overdue")).getText()).isEqualTo("1");
		assertFitsThePhone("protection-dashboard-village", MORE_TAP_TARGETS);
	}

	private void report(String village, String status, Instant received, Instant acceptBy, Instant accepted) {
		jdbc.update("""
				insert into protection_report (version, status, situation, description, occurred_on, received_at,
				    accept_by, routed_to, routed_education, routed_health, province_code, city_code, county_code,
				    township_code, village_code, reporter_type, filed_by_user_id, filed_by, filed_at, accepted_at)
				values (0, ?, 'ABANDONMENT_OR_NEGLECT', '浏览器测试', ?, ?, ?, 'PUBLIC_SECURITY,CIVIL_AFFAIRS', false,
				    false, ?, ?, ?, ?, ?, 'VILLAGE_COMMITTEE', 1, '浏览器测试', ?, ?)""",
				status, java.sql.Date.valueOf(Children.today()), Timestamp.from(received), Timestamp.from(acceptBy),
				village.substring(0, 2), village.substring(0, 4), village.substring(0, 6), village.substring(0, 9),
				village, Timestamp.from(received), accepted == null ? null : Timestamp.from(accepted));
	}
}

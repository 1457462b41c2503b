package org.shouhu.care.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.CareFixtures.normal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.VisitType;
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
 * A village child director on a phone (390 px): the to-do list shows a child whose home visit is overdue; one tap on
 * 记录走访 opens the visit form with everything preset, one tap on save records the home visit and the director is
 * back on the to-do list, where the child is no longer overdue. Then the file's care panel and a county officer's
 * compliance page. Region: a county of its own, villages and townships without files yet ({@link UnusedRegions}).
 */
@BrowserTest
class DirectorRecordsOverdueHomeVisitBrowserTests extends BrowserTestSupport {

	/** Controls of these pages that are tap targets too, beyond those of every page. */
	private static final String[] MORE_TAP_TARGETS = { "main label.check", "main .segmented label", "main .chips label", "main table a" };

	static final String COUNTY = UnusedRegions.county();

	/** Where the screenshots of the care pages are kept for review (as well as target/screenshots). */
	static final Path SHOTS = Path.of(System.getProperty("shouhu.care.shots", "target/screenshots/care"));

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ChildManagement children;

	@Test
	void directorRecordsAnOverdueHomeVisitWithTheDefaultsAndTheChildLeavesTheOverdueList() {
		LocalDate today = Children.today();
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("visitor", Set.of(Role.CHILD_DIRECTOR), village);
		String name = Children.randomName("岳");
		long child = CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY),
				() -> children.register(Children.leftBehindWithGrandparents().village(village).name(name).build()).id());
		care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(40)));

		loginAs(director.username(), Accounts.PASSWORD);
		waitFor(By.id("todo-title"));
		WebElement card = overdueItem(name, "入户走访");
		assertThat(card.getText()).contains("入户走访", "逾期 10 天");
		assertThat(card.findElement(By.cssSelector(".due")).getCssValue("color")).isEqualTo("rgba(200, 30, 30, 1)");
		assertThat(overdueItem(name, "联系").getText()).contains("逾期 33 天");
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		save("home", fullPageScreenshot("care-home"));

		tap(card.findElement(By.linkText("记录走访")));
		waitUntil(d -> d.getCurrentUrl().contains("/children/" + child + "/visits/new"));
		assertThat(driver().findElement(By.tagName("h1")).getText()).contains("记录走访", name);
		assertThat(checked("type")).isEqualTo("HOME_VISIT");
		assertThat(checked("method")).isEqualTo("IN_PERSON");
		assertThat(driver().findElement(By.id("visitedOn")).getAttribute("value")).isEqualTo(today.toString());
		assertThat(driver().findElement(By.id("visitedOn")).getAttribute("max")).isEqualTo(today.toString());
		for (String area : List.of("safety", "health", "schooling", "psychology", "guardianship")) {
			assertThat(checked("findings." + area)).as(area).isEqualTo("NORMAL");
		}
		assertThat(script("return [...document.querySelectorAll('main *')].filter(e => ['fixed', 'sticky']"
				+ ".includes(getComputedStyle(e).position)).length")).as("nothing fixed over the inputs").isEqualTo(0L);
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		save("visit-form", fullPageScreenshot("care-visit-form"));

		// Choosing 联系 and then 入户走访 again keeps the method a home visit needs.
		tap(label("type", "CONTACT"));
		tap(label("method", "PHONE"));
		tap(label("type", "HOME_VISIT"));
		assertThat(checked("method")).isEqualTo("IN_PERSON");

		tap(driver().findElement(By.cssSelector("button.save-visit")));
		waitUntil(d -> d.getCurrentUrl().equals(baseUrl() + "/"));
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("已记录" + name + "的入户走访");
		assertThat(driver().findElements(By.cssSelector("li.task")).stream().map(WebElement::getText))
				.noneMatch(text -> text.contains(name));

		open("/children/" + child);
		WebElement panel = waitFor(By.id("care-panel"));
		waitForHtmx();
		assertThat(panel.findElement(By.cssSelector("ol.visits li")).getText()).contains(today.toString(), "入户走访",
				"当面", "儿童本人", "各方面正常");
		assertThat(panel.findElements(By.cssSelector(".due-box.overdue"))).isEmpty();
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		save("panel", element("care-panel", "#care-panel"));
	}

	@Test
	void countyOfficerSeesOverduePerTownshipAsAChartAndATableOnThePhone() {
		LocalDate today = Children.today();
		String township = unused.township(COUNTY);
		String village = unused.villages(township, 1).get(0);
		for (int i = 0; i < 3; i++) {
			long child = CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.register(
					Children.leftBehindWithGrandparents().village(village).build()).id());
			care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(20 + i * 10)));
		}
		CurrentUser officer = accounts.create("charts", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		loginAs(officer.username(), Accounts.PASSWORD);

		waitFor(By.linkText("走访统计")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/care/compliance"));
		WebElement chart = waitFor(By.cssSelector("#overdue-chart canvas"));
		assertThat(chart.getSize().getHeight()).isGreaterThan(80);
		WebElement row = driver().findElement(By.xpath("//table[@id='compliance-table']//tr[th/a[contains(@href, '"
				+ township + "')]]"));
		assertThat(row.getText()).contains("3");
		assertThat(driver().findElement(By.id("overdue-chart")).getAttribute("aria-label"))
				.contains(row.findElement(By.tagName("a")).getText() + " 联系逾期3人、入户走访逾期1人");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		save("compliance", fullPageScreenshot("care-compliance"));
		assertAccessible();

		tap(row.findElement(By.tagName("a")));
		waitUntil(d -> d.getCurrentUrl().contains("regionCode=" + township));
		assertThat(driver().findElement(By.tagName("h1")).getText()).contains("走访统计");
		assertThat(driver().findElement(By.cssSelector("nav.trail")).getText()).contains(unused.name(COUNTY));
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		save("compliance-township", fullPageScreenshot("care-compliance-township"));
		assertAccessible();
	}

	@Test
	void aDirectorWhoForgetsWhomTheyMetIsToldNextToTheChoiceAndLosesNothing() {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("forgets", Set.of(Role.CHILD_DIRECTOR), village);
		long child = CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.register(
				Children.leftBehindWithGrandparents().village(village).build()).id());
		loginAs(director.username(), Accounts.PASSWORD);

		open("/children/" + child + "/visits/new?type=CONTACT&from=file");
		tap(label("method", "VIDEO"));
		tap(label("metWith", "CHILD"));
		tap(label("findings.safety", "CONCERN"));
		driver().findElement(By.id("problems")).sendKeys("独自在河边玩耍");
		tap(driver().findElement(By.cssSelector("button.save-visit")));

		WebElement error = waitFor(By.cssSelector("#metWith .error-text"));
		assertThat(error.getText()).isEqualTo("请至少选择一位见到或联系到的人");
		assertThat(driver().findElement(By.id("error-summary")).getText()).contains("见到了谁：请至少选择一位");
		assertThat(checked("type")).isEqualTo("CONTACT");
		assertThat(checked("method")).isEqualTo("VIDEO");
		assertThat(checked("findings.safety")).isEqualTo("CONCERN");
		assertThat(driver().findElement(By.id("problems")).getAttribute("value")).isEqualTo("独自在河边玩耍");
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		save("visit-form-error", screenshot("care-visit-form-error"));

		tap(label("metWith", "CAREGIVER"));
		tap(driver().findElement(By.cssSelector("label.follow-up")));
		tap(driver().findElement(By.cssSelector("button.save-visit")));
		waitUntil(d -> d.getCurrentUrl().equals(baseUrl() + "/children/" + child));
		assertThat(waitFor(By.cssSelector("[role=status]")).getText()).contains("的联系");
		WebElement panel = waitFor(By.id("care-panel"));
		assertThat(panel.findElement(By.cssSelector("ol.visits li")).getText()).contains("视频", "受委托照护人",
				"安全需关注", "独自在河边玩耍");

		// The problem waits on the file until the director writes down how it was solved.
		WebElement problem = panel.findElement(By.cssSelector("ul.problems li"));
		assertThat(problem.getText()).contains("独自在河边玩耍");
		tap(problem.findElement(By.cssSelector("button")));
		waitForHtmx();
		assertThat(waitFor(By.cssSelector("#care-panel .error-text")).getText()).isEqualTo("请填写问题的解决情况");
		driver().findElement(By.cssSelector("#care-panel textarea[name=resolution]")).sendKeys("已告知照护人看护，河边装了护栏");
		tap(driver().findElement(By.cssSelector("#care-panel ul.problems button")));
		waitUntil(d -> d.findElement(By.id("care-panel")).getText().contains("已将问题标记为已解决"));
		assertThat(driver().findElement(By.id("care-panel")).getText()).contains("待解决问题（0）", "已解决问题（1）");
		assertThat(driver().getCurrentUrl()).isEqualTo(baseUrl() + "/children/" + child);
	}

	/** The overdue card of the child for what is due (入户走访, 联系). */
	/** The item asking for {@code what} on the child's one overdue card (a card holds all of a child's items). */
	private WebElement overdueItem(String name, String what) {
		List<WebElement> cards = driver().findElements(By.cssSelector("li.task.overdue")).stream()
				.filter(li -> li.getText().contains(name)).toList();
		assertThat(cards).as("one card for " + name).hasSize(1);
		return cards.get(0).findElements(By.cssSelector(".task-item")).stream()
				.filter(item -> item.findElement(By.cssSelector(".task-what span")).getText().equals(what))
				.findFirst().orElseThrow(() -> new AssertionError("no overdue item for " + name + " " + what));
	}

	private String checked(String radio) {
		return (String) script("return document.querySelector('input[name=\"' + arguments[0] + '\"]:checked').value",
				radio);
	}

	private WebElement label(String radio, String value) {
		return driver().findElement(By.xpath("//input[@name='" + radio + "' and @value='" + value + "']/ancestor::label"));
	}

	/** A picture of one element, however tall, as {@code target/screenshots/<name>.png}. */
	private Path element(String name, String css) {
		@SuppressWarnings("unchecked")
		Map<String, Object> box = (Map<String, Object>) script("var b = document.querySelector(arguments[0])"
				+ ".getBoundingClientRect(); return {x: b.left + scrollX, y: b.top + scrollY, w: b.width, h: b.height};",
				css);
		Map<String, Object> shot = ((ChromeDriver) driver()).executeCdpCommand("Page.captureScreenshot", Map.of(
				"format", "png", "captureBeyondViewport", true, "clip", Map.of("x", number(box, "x"), "y",
						number(box, "y"), "width", number(box, "w"), "height", number(box, "h"), "scale", 1)));
		return write(Path.of("target", "screenshots", name + ".png"),
				Base64.getDecoder().decode((String) shot.get("data")));
	}

	private static void save(String name, Path screenshot) {
		try {
			write(SHOTS.resolve(name + ".png"), Files.readAllBytes(screenshot));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path write(Path file, byte[] png) {
		try {
			Files.createDirectories(file.getParent());
			return Files.write(file, png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double number(Map<String, Object> box, String key) {
		return ((Number) box.get(key)).doubleValue();
	}
}

package org.shouhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.CareFixtures.normal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The pages under the Content-Security-Policy in a real browser (390 px): every page a director, a county officer and
 * a security admin open loads without one refusal by the policy (no blocked script, style or handler), is styled by
 * shouhu.css, and its scripts still work (the chart draws, the 停用 confirmation asks, htmx swaps). Refusals are
 * collected by a listener the browser installs before any script of the page runs. Screenshots go to
 * target/screenshots and, for review, to {@code shouhu.web.shots} (e.g. /work/shots-web).
 */
@BrowserTest
class PagesUnderContentSecurityPolicyBrowserTests extends BrowserTestSupport {

	static final String COUNTY = UnusedRegions.county();

	static final Path SHOTS = Path.of(System.getProperty("shouhu.web.shots", "target/screenshots/web"));

	/** Collects every refusal of the policy into window.cspViolations, from before the page's own scripts run. */
	private static final String LISTENER = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', function (e) {
			  window.cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at '
			    + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
			});""";

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ChildManagement children;

	@BeforeEach
	void listenForRefusals() {
		((ChromeDriver) driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
	}

	@Test
	void theListenerSeesARefusal() {
		open("/login");
		assertNoRefusal("login");
		script("var s = document.createElement('style'); s.textContent = 'body { color: red }'; document.head.append(s);");
		waitUntil(d -> !refusals().isEmpty());
		assertThat(refusals()).anySatisfy(r -> assertThat(r).startsWith("style-src"));
	}

	@Test
	void directorsPagesLoadStyledWithoutARefusal() {
		LocalDate today = Children.today();
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("cspdirector", Set.of(Role.CHILD_DIRECTOR), village);
		long child = CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.register(
				Children.leftBehindWithGrandparents().village(village).name(Children.randomName("柳")).build()).id());
		care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(40)));

		open("/login");
		assertStyled("login");
		loginAs(director.username(), Accounts.PASSWORD);
		waitFor(By.id("todo-title"));
		assertStyled("director-home");

		open("/children");
		assertStyled("child-list");
		open("/children/new");
		assertStyled("child-form");
		open("/children/" + child);
		waitFor(By.id("care-panel"));
		waitForHtmx();
		assertStyled("child-file");
		open("/children/" + child + "/visits/new");
		assertStyled("visit-form");
		// care.js still links the type to the method
		assertThat(script("""
				var pick = function (name, value) { document.querySelector('input[name="' + name + '"][value=' + value + ']').click(); };
				pick('type', 'CONTACT'); pick('method', 'PHONE'); pick('type', 'HOME_VISIT');
				return document.querySelector('input[name=method]:checked').value;""")).isEqualTo("IN_PERSON");
		open("/work-logs");
		assertStyled("work-logs");
		open("/no-such-page");
		assertStyled("not-found");
	}

	@Test
	void countyOfficersChartDrawsWithoutARefusal() {
		LocalDate today = Children.today();
		String township = unused.township(COUNTY);
		String village = unused.villages(township, 1).get(0);
		long child = CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.register(
				Children.leftBehindWithGrandparents().village(village).build()).id());
		care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(40)));
		CurrentUser officer = accounts.create("cspofficer", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		loginAs(officer.username(), Accounts.PASSWORD);
		assertStyled("officer-home");

		open("/care/compliance");
		assertThat(waitFor(By.cssSelector("#overdue-chart canvas")).getSize().getHeight()).isGreaterThan(80);
		assertStyled("compliance-chart");
		open("/regions");
		assertStyled("regions");
	}

	@Test
	void securityAdminIsAskedBeforeDisablingAnAccount() {
		CurrentUser admin = accounts.create("cspadmin", Set.of(Role.SECURITY_ADMIN), "610330");
		CurrentUser user = accounts.create("cspuser", Set.of(Role.VIEWER), "610330");
		loginAs(admin.username(), Accounts.PASSWORD);
		open("/admin/users");
		assertStyled("users");
		open("/audit");
		assertStyled("audit");
		open("/admin/users/" + user.id());
		assertStyled("user");

		driver().findElement(By.cssSelector("button.danger")).click();
		var question = waitUntil(d -> {
			try {
				return d.switchTo().alert();
			}
			catch (org.openqa.selenium.NoAlertPresentException e) {
				return null;
			}
		});
		assertThat(question.getText()).startsWith("确定停用该账号？");
		question.dismiss();
		assertThat(driver().findElements(By.cssSelector("button.danger"))).as("still enabled").hasSize(1);

		driver().findElement(By.cssSelector("button.danger")).click();
		waitUntil(d -> {
			try {
				d.switchTo().alert().accept();
				return true;
			}
			catch (org.openqa.selenium.NoAlertPresentException e) {
				return false;
			}
		});
		waitUntil(d -> d.findElements(By.xpath("//span[@class='tag warn' and text()='已停用']")).size() == 1);
		assertNoRefusal("user disabled");
	}

	/** No refusal on the page, shouhu.css applied (the top bar has its colour), and a screenshot for review. */
	private void assertStyled(String name) {
		waitUntil(d -> "complete".equals(script("return document.readyState")));
		assertNoRefusal(name);
		String background = (String) script(
				"return getComputedStyle(document.querySelector('.topbar') || document.body).backgroundColor");
		assertThat(background).as(name + ": the top bar is styled by shouhu.css").isNotIn("rgba(0, 0, 0, 0)", "transparent");
		assertThat(documentWidth()).as(name + " fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
		save(name, fullPageScreenshot("csp-" + name));
	}

	private void assertNoRefusal(String name) {
		assertThat(refusals()).as(name + ": refused by the Content-Security-Policy").isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> refusals() {
		Object found = script("return window.cspViolations || ['listener not installed']");
		return new ArrayList<>((List<String>) found);
	}

	private static void save(String name, Path shot) {
		try {
			Files.createDirectories(SHOTS);
			Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

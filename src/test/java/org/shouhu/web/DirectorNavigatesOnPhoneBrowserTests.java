package org.shouhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village child director finds every page on a 390 px phone: at most five entries in the bar and 更多 opening to the
 * rest, the name in full, and the entry of the page shown marked, also when it sits in the menu.
 */
@BrowserTest
class DirectorNavigatesOnPhoneBrowserTests extends BrowserTestSupport {

	/** A village of 凤州镇, 凤县. */
	private static final String VILLAGE = "610330101202";

	@Autowired
	Accounts accounts;

	@Test
	void directorSeesAtMostFiveEntriesAndTheMenuOpensToTheRest() {
		CurrentUser director = accounts.create("navdirector", Set.of(Role.CHILD_DIRECTOR), VILLAGE);
		loginAs(director.username(), Accounts.PASSWORD);

		List<String> bar = visibleTexts(".nav-bar a");
		assertThat(bar).hasSizeLessThanOrEqualTo(5).startsWith("待办").contains("儿童档案", "登记儿童");
		assertThat(current()).isEqualTo("待办");
		WebElement who = driver().findElement(By.cssSelector(".topbar .who"));
		assertThat(who.getText()).isEqualTo(director.displayName());
		assertThat((Boolean) script("var e = arguments[0]; return e.scrollWidth <= e.clientWidth"
				+ " && e.getBoundingClientRect().right <= window.innerWidth", who)).as("name shown in full").isTrue();
		WebElement menu = driver().findElement(By.cssSelector(".nav-menu"));
		assertThat(menu.isDisplayed()).isFalse();
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		screenshot("navigation-director-phone");
		assertAccessible();

		waitFor(By.cssSelector(".nav-more summary")).click();
		waitUntil(d -> menu.isDisplayed());
		List<String> inMenu = visibleTexts(".nav-menu a, .nav-menu button");
		assertThat(inMenu).containsExactly("工作日志", "儿童统计", "摸底轮次", "档案转移", "修改密码", "退出");
		assertThat(bar).doesNotContainAnyElementsOf(inMenu);
		screenshot("navigation-director-phone-menu");
		assertAccessible();

		menu.findElement(By.linkText("工作日志")).click();
		waitUntil(d -> d.getCurrentUrl().endsWith("/work-logs"));
		assertThat(driver().findElement(By.cssSelector(".nav-more summary")).getAttribute("class"))
				.contains("holds-current");
		assertThat(driver().findElement(By.cssSelector(".nav-menu a[aria-current=page]")).getAttribute("textContent"))
				.isEqualTo("工作日志");
		assertAccessible();

		// A file's pages belong to 儿童档案, the registration form to 登记儿童.
		open("/children/new");
		assertThat(current()).isEqualTo("登记儿童");
		assertAccessible();
	}

	private String current() {
		List<String> marked = visibleTexts(".nav-bar a[aria-current=page]");
		return marked.isEmpty() ? null : marked.get(0);
	}

	private List<String> visibleTexts(String css) {
		return driver().findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
			.map(WebElement::getText).toList();
	}
}

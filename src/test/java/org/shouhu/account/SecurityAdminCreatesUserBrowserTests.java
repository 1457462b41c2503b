package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A county security admin creates a township supervisor on a phone, seeing where the account will work before saving
 * and every problem listed above the form; the supervisor's first login goes to 修改密码 until they chose their own.
 */
@BrowserTest
class SecurityAdminCreatesUserBrowserTests extends BrowserTestSupport {

	private static final String INITIAL = "Initial-Passw0rd";

	@Autowired
	Accounts accounts;

	@Test
	void adminCreatesASupervisorWhoMustChooseTheirOwnPasswordAtFirstLogin() {
		CurrentUser admin = accounts.create("browseradmin", Set.of(Role.SECURITY_ADMIN), "610330");
		String username = "dudao-" + UUID.randomUUID().toString().substring(0, 8);
		loginAs(admin.username(), Accounts.PASSWORD);

		open("/admin/users/new");
		assertThat(text(By.id("jurisdiction-result"))).contains("将设为：陕西省宝鸡市凤县").contains("与您的管辖区域相同");
		choose(By.id("region-jurisdiction-township"), "凤州镇");
		waitUntil(d -> text(By.id("jurisdiction-result")).contains("将设为：陕西省宝鸡市凤县凤州镇"));
		assertThat(text(By.id("jurisdiction-result"))).doesNotContain("与您的管辖区域相同");
		screenshot("user-form-jurisdiction-result");
		assertAccessible();

		type(By.id("username"), username);
		type(By.id("password"), INITIAL);
		tap(driver().findElement(By.xpath("//label[contains(@class,'check')][span='儿童督导员']")));
		tap(driver().findElement(By.cssSelector("form button[type=submit].primary")));

		waitUntil(d -> !d.findElements(By.id("error-summary")).isEmpty());
		assertThat(driver().findElements(By.cssSelector("#error-summary a")).stream().map(WebElement::getText))
			.containsExactly("姓名：请输入姓名");
		assertThat(driver().findElement(By.cssSelector("#error-summary a[href='#displayName']")).isDisplayed()).isTrue();
		assertThat(driver().findElement(By.cssSelector(".nav a[aria-current=page]")).getText()).isEqualTo("用户管理");
		assertThat(text(By.id("jurisdiction-result"))).contains("陕西省宝鸡市凤县凤州镇");
		assertThat(text(By.id("password-hint"))).contains("密码未保留，请重新输入");
		screenshot("user-form-error-summary");
		assertAccessible();

		type(By.id("displayName"), "李督导");
		type(By.id("password"), INITIAL);
		tap(driver().findElement(By.cssSelector("form button[type=submit].primary")));
		waitUntil(d -> d.getCurrentUrl().matches(".*/admin/users/\\d+$"));
		assertThat(text(By.cssSelector("[role=status]"))).contains("首次登录时须修改密码");
		assertThat(text(By.tagName("main"))).contains("陕西省宝鸡市凤县凤州镇").contains("待本人修改初始密码");

		loginAs(username, INITIAL);
		waitUntil(d -> d.getCurrentUrl().endsWith("/account/password"));
		assertThat(text(By.cssSelector(".notice"))).contains("请先设置只有您自己知道的新密码");
		screenshot("password-change-required");
		assertAccessible();
		open("/");
		assertThat(driver().getCurrentUrl()).endsWith("/account/password");

		type(By.id("currentPassword"), INITIAL);
		type(By.id("newPassword"), "Li-Dudao-2024!");
		type(By.id("confirmPassword"), "Li-Dudao-2024!");
		tap(driver().findElement(By.cssSelector("form button[type=submit].primary")));
		waitUntil(d -> d.getCurrentUrl().matches(".*/$"));
		assertThat(text(By.cssSelector("[role=status]"))).contains("密码已修改");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		screenshot("home-after-password-change");
		assertAccessible();
	}

	private String text(By by) {
		return waitFor(by).getText();
	}
}

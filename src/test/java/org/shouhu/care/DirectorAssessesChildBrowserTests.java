package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.Children;
import org.shouhu.testing.TestVillages;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A director on a phone opens a child's file, starts a risk assessment from the panel, answers every item with one
 * tap each, and sees the result; then writes a work log entry and looks at the close-attention list.
 */
@BrowserTest
class DirectorAssessesChildBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	ChildManagement children;

	@Test
	void directorAssessesAChildOnAPhoneAndSeesHighRisk() {
		CurrentUser director = accounts.create("assessor", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		long child = children.registerAsSystem(Children.leftBehindWithGrandparents().name("冯评估").build(), "测试")
			.id();
		loginAs(director.username(), Accounts.PASSWORD);

		open("/children/" + child);
		WebElement panel = waitFor(By.id("assessment-panel"));
		assertThat(panel.getText()).contains("尚未做过风险评估");
		panel.findElement(By.linkText("开始评估")).click();
		waitFor(By.cssSelector("form.assessment-form"));
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);

		List<WebElement> items = driver().findElements(By.cssSelector(".assessment-form .item"));
		assertThat(items).hasSize(18);
		for (WebElement item : items) {
			String grade = "item-safety1".equals(item.getAttribute("id")) ? "serious" : "normal";
			WebElement option = item.findElement(By.cssSelector("label.option.grade-" + grade));
			script("arguments[0].scrollIntoView({block: 'center'})", option);
			assertThat(option.getSize().getHeight()).isGreaterThanOrEqualTo(44);
			option.click();
		}
		fullPageScreenshot("assessment-form");
		assertAccessible();
		WebElement submit = driver().findElement(By.cssSelector(".assessment-form button[type=submit]"));
		script("arguments[0].scrollIntoView({block: 'center'})", submit);
		submit.click();

		WebElement result = waitFor(By.cssSelector(".risk-result"));
		assertThat(result.getText()).contains("高风险", "3 / 54 分");
		assertThat(driver().findElement(By.cssSelector(".red-flags")).getText()).contains("安全：遭受或疑似遭受暴力伤害");
		assertThat(driver().findElement(By.cssSelector(".flash")).getText()).isEqualTo("已记录风险评估：高风险；已列为待解决问题");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		fullPageScreenshot("assessment-result");
		assertAccessible();

		open("/children/" + child);
		waitUntil(d -> d.findElement(By.id("assessment-panel")).getText().contains("高风险"));
		script("document.getElementById('assessment-panel').scrollIntoView()");
		screenshot("assessment-panel");
		assertAccessible();

		open("/work-logs");
		driver().findElement(By.id("content")).sendKeys("入户走访冯评估家，已报告乡镇民政办");
		driver().findElement(By.cssSelector(".work-log-add button[type=submit]")).click();
		waitUntil(d -> d.findElement(By.id("results")).getText().contains("入户走访冯评估家，已报告乡镇民政办"));
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		fullPageScreenshot("work-logs");
		assertAccessible();

		open("/care/close-attention");
		waitUntil(d -> d.findElement(By.id("results")).getText().contains("冯评估"));
		assertThat(driver().findElement(By.id("results")).getText()).contains("最近一次评估为高风险");
		assertThat(documentWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		fullPageScreenshot("close-attention");
		assertAccessible();
	}
}

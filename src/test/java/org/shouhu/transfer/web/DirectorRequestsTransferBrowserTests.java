package org.shouhu.transfer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildFile;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A child moved, on a phone (390 px): the new village's director registers the child and is refused because the ID
 * number has a file in another township; the page offers 申请转入, the director asks with a reason; the supervisor of
 * the township holding the file finds the request on the to-do list and accepts it; the director opens the file,
 * whose history shows the move. Screenshots in target/screenshots.
 */
@BrowserTest
class DirectorRequestsTransferBrowserTests extends BrowserTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Test
	void aRefusedRegistrationBecomesATransferThatTheOtherSideAccepts() {
		String fromVillage = unused.village();
		String toVillage = unused.village();
		CurrentUser holder = accounts.create("trhold", Set.of(Role.CHILD_DIRECTOR), fromVillage);
		CurrentUser supervisor = accounts.create("trsup", Set.of(Role.SUPERVISOR), fromVillage.substring(0, 9));
		CurrentUser director = accounts.create("trdir", Set.of(Role.CHILD_DIRECTOR), toVillage);
		ChildFile file = Children.leftBehindWithGrandparents().village(fromVillage).build();
		care.register(holder, file);

		// The new village's director registers the child and is refused: the file lives elsewhere.
		loginAs(director.username(), Accounts.PASSWORD);
		open("/children/new");
		type(By.name("name"), file.name());
		type(By.name("idNumber"), file.idNumber());
		LocalDate born = file.birthDate();
		assertThat(driver().findElement(By.name("birthDate")).getAttribute("value")).isEqualTo(born.toString());
		tap(driver().findElement(By.cssSelector(".form-actions button[type=submit]")));
		WebElement offer = waitFor(By.cssSelector(".transfer-offer"));
		assertThat(driver().findElement(By.id("idNumber-error")).getText())
			.contains(unused.fullName(fromVillage.substring(0, 9)));
		assertFitsThePhone("transfer-registration-refused");

		tap(offer.findElement(By.xpath(".//button[text()='申请转入']")));
		waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("申请转入档案"));
		assertThat(driver().getCurrentUrl()).doesNotContain(file.idNumber());
		assertThat(driver().findElement(By.tagName("main")).getText()).doesNotContain(file.idNumber())
			.contains(file.idNumber().substring(0, 6) + "********");
		assertFitsThePhone("transfer-form");
		tap(driver().findElement(By.xpath("//button[text()='提交申请']")));
		waitUntil(d -> d.findElement(By.id("reason-error")).isDisplayed());
		assertFitsThePhone("transfer-form-missing-reason");
		type(By.id("reason"), "随父母回乡，已在本村居住");
		tap(driver().findElement(By.xpath("//button[text()='提交申请']")));
		waitUntil(d -> d.getCurrentUrl().matches(".*/transfers/\\d+$"));
		String transferPath = driver().getCurrentUrl().substring(baseUrl().length());
		assertThat(driver().findElement(By.cssSelector("[role=status]")).getText()).contains("已提交转移申请");
		assertThat(driver().findElement(By.tagName("main")).getText()).contains("待处理").doesNotContain(file.name());
		assertFitsThePhone("transfer-requested");

		// The supervisor of the township holding the file: the request is on the to-do list.
		loginAs(supervisor.username(), Accounts.PASSWORD);
		WebElement item = waitFor(By.cssSelector("a.task-action[href$='" + transferPath + "']"));
		assertFitsThePhone("transfer-supervisor-home");
		tap(item);
		waitUntil(d -> d.getCurrentUrl().endsWith(transferPath));
		assertThat(driver().findElement(By.tagName("main")).getText()).contains(file.name(), "随父母回乡");
		assertFitsThePhone("transfer-supervisor-decides");
		tap(driver().findElement(By.xpath("//button[text()='同意转移']")));
		waitUntil(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("已同意转移"));
		assertFitsThePhone("transfer-accepted");

		// The director now holds the file, with the move in its history.
		loginAs(director.username(), Accounts.PASSWORD);
		open(transferPath);
		tap(waitFor(By.linkText(file.name())));
		waitUntil(d -> d.getCurrentUrl().matches(".*/children/\\d+$"));
		List<String> history = driver().findElements(By.cssSelector("ol.history li")).stream()
			.map(WebElement::getText).toList();
		assertThat(history).anySatisfy(entry -> assertThat(entry).contains("档案转移")
			.contains("迁出：" + unused.fullName(fromVillage)).contains("迁入：" + unused.fullName(toVillage)));
		assertFitsThePhone("transfer-file-moved");
		fullPageScreenshot("transfer-file-moved-full");
	}

	@Test
	void theHoldingDirectorSendsTheFileToAVillageElsewhereChosenLevelByLevel() {
		String fromVillage = unused.village();
		String toVillage = unused.village();
		CurrentUser holder = accounts.create("trout", Set.of(Role.CHILD_DIRECTOR), fromVillage);
		CurrentUser receiving = accounts.create("troutsup", Set.of(Role.SUPERVISOR), toVillage.substring(0, 9));
		ChildFile file = Children.leftBehindWithGrandparents().village(fromVillage).build();
		long childId = care.register(holder, file);

		loginAs(holder.username(), Accounts.PASSWORD);
		open("/children/" + childId);
		tap(waitFor(By.linkText("申请转出")));
		waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("申请转出档案：" + file.name()));
		assertFitsThePhone("transfer-out-form");
		// the receiving village lies outside the director's jurisdiction: the picker starts from the provinces
		pickRegion("region-toVillageCode-province", unused.name(toVillage.substring(0, 2)));
		pickRegion("region-toVillageCode-city", unused.name(toVillage.substring(0, 4)));
		pickRegion("region-toVillageCode-county", unused.name(toVillage.substring(0, 6)));
		pickRegion("region-toVillageCode-township", unused.name(toVillage.substring(0, 9)));
		pickRegion("region-toVillageCode-village", unused.name(toVillage));
		assertThat(driver().findElement(By.cssSelector("input[type=hidden][name=toVillageCode]")).getAttribute("value"))
			.isEqualTo(toVillage);
		assertFitsThePhone("transfer-out-village-chosen");
		type(By.id("reason"), "随父母迁往外地");
		tap(driver().findElement(By.xpath("//button[text()='提交申请']")));
		waitUntil(d -> d.getCurrentUrl().matches(".*/transfers/\\d+$"));
		String transferPath = driver().getCurrentUrl().substring(baseUrl().length());
		assertThat(driver().findElement(By.tagName("main")).getText()).contains("待处理", unused.name(toVillage));

		// the receiving township's supervisor accepts; the file is theirs, the holder no longer sees it
		loginAs(receiving.username(), Accounts.PASSWORD);
		tap(waitFor(By.cssSelector("a.task-action[href$='" + transferPath + "']")));
		waitUntil(d -> d.getCurrentUrl().endsWith(transferPath));
		tap(driver().findElement(By.xpath("//button[text()='同意转移']")));
		waitUntil(d -> d.findElement(By.cssSelector("[role=status]")).getText().contains("已同意转移"));
		tap(waitFor(By.linkText(file.name())));
		waitUntil(d -> d.getCurrentUrl().endsWith("/children/" + childId));
		assertThat(driver().findElement(By.tagName("main")).getText()).contains(unused.name(toVillage));
		assertFitsThePhone("transfer-out-accepted");

		loginAs(holder.username(), Accounts.PASSWORD);
		open("/children/" + childId);
		waitUntil(d -> d.findElement(By.tagName("h1")).getText().contains("未找到"));
		assertThat(driver().findElement(By.tagName("main")).getText()).doesNotContain(file.name());
	}
}

package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.Gender;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.BrowserTest;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.browser.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village child director's first day, on a phone (390 px): log in, register a left-behind child, see why the
 * child is a target child, and find the file again by the pinyin initials of the name.
 */
@BrowserTest
class DirectorRegistersChildBrowserTests extends BrowserTestSupport {

	/** Controls of these pages that are tap targets too, beyond those of every page. */
	private static final String[] MORE_TAP_TARGETS = { "main label.check" };

	/** A village of 凤州镇, 凤县. */
	private static final String VILLAGE = "610330101202";

	/** Characters with one reading, so the initials of a generated name are known. */
	private static final Map<Character, Character> GIVEN = Map.ofEntries(Map.entry('小', 'x'), Map.entry('明', 'm'),
			Map.entry('华', 'h'), Map.entry('丽', 'l'), Map.entry('强', 'q'), Map.entry('军', 'j'), Map.entry('芳', 'f'),
			Map.entry('林', 'l'), Map.entry('平', 'p'), Map.entry('东', 'd'), Map.entry('海', 'h'), Map.entry('燕', 'y'),
			Map.entry('春', 'c'), Map.entry('雪', 'x'), Map.entry('宇', 'y'), Map.entry('杰', 'j'));

	@Autowired
	Accounts accounts;

	@Autowired
	Regions regions;

	@Autowired
	Clock clock;

	@Test
	void directorRegistersALeftBehindChildAndFindsItByPinyinInitials() {
		CurrentUser director = accounts.create("director", Set.of(Role.CHILD_DIRECTOR), VILLAGE);
		String name = uniqueName();
		LocalDate birthDate = LocalDate.now(clock).minusYears(9).withDayOfMonth(1);
		String idNumber = IdNumbers.random(birthDate, Gender.FEMALE);

		loginAs(director.username(), Accounts.PASSWORD);
		assertFitsThePhone("director-home", MORE_TAP_TARGETS);
		assertCheckboxesHaveBigLabels();

		waitFor(By.linkText("登记儿童")).click();
		waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("登记儿童"));
		// The director's jurisdiction is one village: it is already chosen and cannot be changed.
		assertThat(driver().findElement(By.cssSelector(".region-picker .region-fixed")).getText())
				.isEqualTo(regions.name(VILLAGE));
		assertThat(driver().findElements(By.cssSelector(".region-picker select"))).isEmpty();
		assertThat(driver().findElement(By.cssSelector("input[type=hidden][name=villageCode]")).getAttribute("value"))
				.isEqualTo(VILLAGE);
		// Dates of a situation appear once it is ticked; the workplace once 外出务工 is ticked.
		assertThat(driver().findElement(By.name("father.situations[0].since")).isDisplayed()).isFalse();
		assertThat(driver().findElement(By.name("father.workplace")).isDisplayed()).isFalse();
		assertFitsThePhone("child-form-empty", MORE_TAP_TARGETS);
		assertCheckboxesHaveBigLabels();

		type(By.name("name"), name);
		type(By.name("idNumber"), idNumber);
		// a valid ID number fills the birth date and gender it contains
		assertThat(driver().findElement(By.name("birthDate")).getAttribute("value")).isEqualTo(birthDate.toString());
		assertThat(driver().findElement(By.name("gender")).getAttribute("value")).isEqualTo("FEMALE");
		choose(By.name("hukouType"), "农村");
		type(By.name("address"), "3组");
		// the hidden workplace of a parent not working away is not sent with the form
		assertThat(driver().findElement(By.name("father.workplace")).isEnabled()).isFalse();
		tick(By.name("father.situations[0].type"));
		waitFor(By.name("father.situations[0].since"));
		assertThat(driver().findElement(By.name("father.workplace")).isEnabled()).isTrue();
		type(By.name("father.workplace"), "广东省深圳市");
		type(By.name("father.phone"), "13800000000");
		// a parent's ID number fills that parent's birth date
		LocalDate fatherBorn = LocalDate.of(1986, 4, 17);
		type(By.name("father.idNumber"), IdNumbers.random(fatherBorn, Gender.MALE));
		assertThat(driver().findElement(By.name("father.birthDate")).getAttribute("value")).isEqualTo(fatherBorn.toString());
		LocalDate motherBorn = LocalDate.of(1989, 11, 3);
		type(By.name("mother.idNumber"), IdNumbers.random(motherBorn, Gender.FEMALE));
		assertThat(driver().findElement(By.name("mother.birthDate")).getAttribute("value")).isEqualTo(motherBorn.toString());
		assertThat(driver().findElement(By.name("birthDate")).getAttribute("value")).isEqualTo(birthDate.toString());
		tick(By.name("mother.situations[0].type"));
		type(By.name("mother.workplace"), "浙江省温州市");
		tick(By.name("schooling.boarding"));
		type(By.name("caregiver.name"), "王老汉");
		choose(By.name("caregiver.relation"), "祖父母");
		choose(By.name("guardianship"), "监护情况一般");
		fullPageScreenshot("child-form-filled-phone");
		assertFitsThePhone(null, MORE_TAP_TARGETS);
		assertCheckboxesHaveBigLabels();

		driver().findElement(By.cssSelector(".form-actions button[type=submit]")).click();

		waitUntil(d -> d.getCurrentUrl().matches(".*/children/\\d+$"));
		assertThat(driver().findElement(By.tagName("h1")).getText()).contains(name);
		assertThat(driver().findElement(By.cssSelector("[role=status]")).getText()).contains("已登记" + name);
		List<String> bases = driver().findElements(By.cssSelector("ul.bases li")).stream().map(WebElement::getText).toList();
		assertThat(bases).anySatisfy(basis -> assertThat(basis).contains("农村留守儿童").contains("父母均外出务工")
				.contains("国发〔2016〕13号"));
		assertFitsThePhone("child-file-phone", MORE_TAP_TARGETS);
		assertCheckboxesHaveBigLabels();
		fullPageScreenshot("child-file-phone-full");

		waitFor(By.linkText("儿童档案")).click();
		waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("儿童档案"));
		type(By.id("q"), initials(name));
		driver().findElement(By.id("q")).sendKeys(Keys.ENTER);
		String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
		waitUntil(d -> d.findElement(By.id("results")).getText().contains(masked));
		waitForHtmx();
		WebElement row = driver().findElements(By.cssSelector("#results table.list tbody tr")).stream()
				.filter(tr -> tr.getText().contains(masked)).findFirst().orElseThrow();
		assertThat(row.getText()).contains(name).contains("农村留守儿童").contains(regions.name(VILLAGE))
				.doesNotContain(idNumber);
		assertThat(driver().getCurrentUrl()).contains("q=" + initials(name));
		assertFitsThePhone("child-list-search-phone", MORE_TAP_TARGETS);
		assertCheckboxesHaveBigLabels();
	}

	private void tick(By checkbox) {
		WebElement box = driver().findElement(checkbox);
		// Tap the label, as a finger would: the box itself is small.
		tap(box.findElement(By.xpath("./ancestor::label")));
		waitUntil(d -> box.isSelected());
	}

	private static String uniqueName() {
		List<Character> chars = List.copyOf(GIVEN.keySet());
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder name = new StringBuilder("王");
		for (int i = 0; i < 3; i++) {
			name.append(chars.get(random.nextInt(chars.size())));
		}
		return name.toString();
	}

	private static String initials(String name) {
		StringBuilder initials = new StringBuilder("w");
		for (char c : name.substring(1).toCharArray()) {
			initials.append(GIVEN.get(c));
		}
		return initials.toString();
	}
}

package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildView;
import org.shouhu.child.Gender;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the child form keeps and what it tells the user when registering fails. */
@PageTest
class ChildFormPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void aWorkplaceSentForAParentNotWorkingAwayIsNotKept() throws Exception {
		LocalDate birth = Children.today().minusYears(7);
		String location = mvc.perform(post("/children").param("name", "吴小林")
				.param("idNumber", IdNumbers.random(birth, Gender.MALE)).param("gender", "MALE")
				.param("birthDate", birth.toString()).param("hukouRegistered", "true").param("hukouType", "RURAL")
				.param("villageCode", TestVillages.A)
				.param("father.situations[0].type", "OUT_MIGRANT").param("father.workplace", "广东省深圳市")
				.param("mother.name", "李二").param("mother.workplace", "浙江省温州市")
				.with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		ChildView child = find(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(child.file().father().workplace()).isEqualTo("广东省深圳市");
		assertThat(child.file().mother().workplace()).isNull();
	}

	@Test
	void aDuplicateIdNumberMarksTheIdFieldAndLinksTheExistingFileInsideTheJurisdiction() throws Exception {
		Children.Builder existing = Children.leftBehindWithGrandparents();
		ChildView first = register(director, existing);
		LocalDate birth = first.file().birthDate();

		String page = mvc.perform(ChildPagesTests.form(post("/children"), "重复儿", existing.idNumber(), birth)
				.with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<div class=\"error-text\" id=\"idNumber-error\">该身份证号码已在")
				.containsPattern("id=\"idNumber\"[^>]*aria-invalid=\"true\"")
				.contains("<a href=\"#idNumber\">身份证号：该身份证号码已在")
				.contains("href=\"/children/" + first.id() + "\">查看已有档案</a>")
				.doesNotContain(first.file().name());
	}

	@Test
	void aDuplicateOutsideTheJurisdictionNamesOnlyTheTownshipAndLinksNothing() throws Exception {
		Children.Builder existing = Children.leftBehindWithGrandparents().village(TestVillages.B);
		ChildView elsewhere = register(TestUsers.director(TestVillages.B), existing);

		String page = mvc.perform(ChildPagesTests.form(post("/children"), "重复儿", existing.idNumber(),
				elsewhere.file().birthDate()).with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"idNumber-error\">该身份证号码已在陕西省宝鸡市凤县凤州镇建档")
				.doesNotContain("查看已有档案", "/children/" + elsewhere.id() + "\"", elsewhere.file().name());
	}

	@Test
	void editingToAnIdNumberInUseMarksTheIdField() throws Exception {
		Children.Builder taken = Children.leftBehindWithGrandparents();
		ChildView first = register(director, taken);
		Children.Builder other = Children.leftBehindWithGrandparents();
		ChildView second = register(director, other);

		mvc.perform(ChildPagesTests.form(post("/children/{id}", second.id()), second.file().name(), taken.idNumber(),
				first.file().birthDate()).param("version", "0").with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(org.hamcrest.Matchers.containsString("href=\"/children/" + first.id() + "\">查看已有档案</a>")));
	}

	@Test
	void aRegistrationShownAgainWithItsProblemsStillMarksRegisterInTheNavigation() throws Exception {
		String bad = IdNumbers.withWrongCheck(IdNumbers.random(LocalDate.of(2015, 3, 1), Gender.MALE));
		String page = mvc.perform(ChildPagesTests.form(post("/children"), "赵小燕", bad, LocalDate.of(2015, 3, 1))
				.with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("href=\"/children/new\"\\s+aria-current=\"page\">登记儿童")
				.doesNotContainPattern("href=\"/children\"\\s+aria-current=\"page\"");
	}

	private ChildView register(CurrentUser user, Children.Builder builder) {
		TestUsers.login(user);
		try {
			return children.register(builder.build());
		}
		finally {
			TestUsers.logout();
		}
	}

	private ChildView find(long id) {
		TestUsers.login(director);
		try {
			return children.find(id);
		}
		finally {
			TestUsers.logout();
		}
	}
}

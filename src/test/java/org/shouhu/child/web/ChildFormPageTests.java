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
import org.shouhu.child.Children;
import org.shouhu.child.Gender;
import org.shouhu.child.IdNumbers;
import org.shouhu.child.TestUsers;
import org.shouhu.child.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** What the child form keeps and what it tells the user when registering fails. */
@SpringBootTest
@AutoConfigureMockMvc
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

package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildView;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

/** The shared page pieces as the child pages show them: pager, error summary, navigation mark, phone links. */
@PageTest
class ChildPageFragmentsTests {

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
	void pagerCountsTheFilesAndLeadsToTheNextPageWithTheSameSearch() throws Exception {
		String name = Children.randomName("欧阳") + "翻";
		TestUsers.login(director);
		for (int i = 0; i < 21; i++) {
			children.register(Children.leftBehindWithGrandparents().name(name).build());
		}
		long total = children.list(new ChildQuery(null, null, null, ChildStatus.ACTIVE, name), 0, 20).total();
		TestUsers.logout();
		String q = UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8);

		String first = page(get("/children?q={q}", name));
		assertThat(first).contains("共 " + total + " 条", "第 1 页").doesNotContain("上一页");
		assertThat(first).containsPattern("href=\"/children\\?q=" + java.util.regex.Pattern.quote(q)
				+ "&amp;page=1\"[^>]*>下一页");

		String second = page(get("/children?q={q}&page=1", name));
		assertThat(second).contains("第 2 页", "共 " + total + " 条").doesNotContain(">下一页<");
		assertThat(second).containsPattern("href=\"/children\\?q=" + java.util.regex.Pattern.quote(q) + "\"[^>]*>上一页");
	}

	@Test
	void errorSummaryListsTheProblemsInTheFormsOrder() throws Exception {
		String html = page(post("/children").param("name", "").param("idNumber", "").param("gender", "")
			.param("birthDate", "").param("hukouRegistered", "true").param("villageCode", TestVillages.A)
			.param("father.phone", "12").param("caregiver.phone", "34").with(csrf()));
		String summary = html.substring(html.indexOf("id=\"error-summary\""), html.indexOf("</ul>", html.indexOf("id=\"error-summary\"")));
		assertThat(summary).contains("href=\"#name\"", "href=\"#gender\"", "href=\"#idNumber\"",
				"href=\"#father.phone\"", "href=\"#caregiver.phone\"");
		assertThat(summary.indexOf("#name")).isLessThan(summary.indexOf("#idNumber"));
		assertThat(summary.indexOf("#idNumber")).isLessThan(summary.indexOf("#gender"));
		assertThat(summary.indexOf("#gender")).isLessThan(summary.indexOf("#father.phone"));
		assertThat(summary.indexOf("#father.phone")).isLessThan(summary.indexOf("#caregiver.phone"));
		assertThat(summary).contains("姓名：", "性别：", "父亲·联系电话：");
	}

	@Test
	void theIdNumberIsMarkedRequiredWhileTheChildHasHukouAndTheHintIsForChildrenWithout() throws Exception {
		String html = page(get("/children/new"));
		assertThat(html).contains("公民身份证号码<span class=\"if-hukou\"> *</span><span class=\"if-no-hukou\">（无户口可不填）</span>");
		assertThat(html).containsPattern("<option value=\"true\"[^>]*>是</option>");
	}

	@Test
	void parentAndCaregiverPhonesDialOnATap() throws Exception {
		TestUsers.login(director);
		ChildView child = children.register(Children.leftBehindWithGrandparents().build());
		TestUsers.logout();
		String html = page(get("/children/{id}", child.id()));
		assertThat(html).contains("href=\"tel:13800000000\">13800000000</a>", "href=\"tel:13900000000\">13900000000</a>");
	}

	@Test
	void eachPageUnderAFileMarksItsOwnNavigationEntry() throws Exception {
		TestUsers.login(director);
		ChildView child = children.register(Children.leftBehindWithGrandparents().build());
		TestUsers.logout();
		assertThat(page(get("/children/{id}", child.id()))).containsPattern(current("/children", "儿童档案"));
		assertThat(page(get("/children/{id}/edit", child.id()))).containsPattern(current("/children", "儿童档案"));
		String visit = page(get("/children/{id}/visits/new", child.id()));
		assertThat(visit).containsPattern(current("/", "待办")).doesNotContainPattern(current("/children", "儿童档案"));
		assertThat(page(get("/children/{id}/assessments/new", child.id()))).containsPattern(current("/children", "儿童档案"));
		assertThat(page(get("/children/new"))).containsPattern(current("/children/new", "登记儿童"))
			.doesNotContainPattern(current("/children", "儿童档案"));
	}

	private static String current(String href, String label) {
		return "href=\"" + java.util.regex.Pattern.quote(href) + "\"\\s+aria-current=\"page\">" + label + "<";
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(TestUsers.as(director))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}

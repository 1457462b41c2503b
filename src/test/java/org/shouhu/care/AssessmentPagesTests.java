package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PageTest
class AssessmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	@Autowired
	JdbcTemplate jdbc;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	long child(String name) {
		return children.registerAsSystem(Children.leftBehindWithGrandparents().name(name).build(), "测试").id();
	}

	long stored(long childId) {
		return jdbc.queryForObject("select count(*) from assessment where child_id = ?", Long.class, childId);
	}

	/** The form as a browser posts it: every item answered 正常 except the changes. */
	static MockHttpServletRequestBuilder form(long childId, String assessedOn, Map<String, String> changes) {
		MockHttpServletRequestBuilder request = post("/children/{id}/assessments", childId).with(csrf())
			.param("assessedOn", assessedOn);
		AssessmentFormTests.answers(changes).forEach((item, option) -> {
			if (!option.isEmpty()) {
				request.param("answers." + item, option);
			}
		});
		return request;
	}

	@Test
	void theChildFilePageLoadsTheAssessmentPanel() throws Exception {
		long child = child("赵评估");
		mvc.perform(get("/children/{id}", child).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/children/" + child + "/assessments/panel\"")))
			.andExpect(content().string(containsString("hx-trigger=\"load\"")));
		mvc.perform(get("/children/{id}/assessments/panel", child).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("风险评估"), containsString("尚未做过风险评估"),
					containsString("/children/" + child + "/assessments/new"), not(containsString("<html")))));
	}

	@Test
	void theFormAsksEveryItemWithItsAnswers() throws Exception {
		long child = child("钱评估");
		mvc.perform(get("/children/{id}/assessments/new", child).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("钱评估 · 风险评估"), containsString("监护照料"),
					containsString("生活条件"), containsString("有无自伤、自杀的想法或行为？"),
					containsString("name=\"answers.living3\""), containsString("value=\"SERIOUS\""),
					containsString("type=\"date\""), containsString("提交评估"))));
	}

	@Test
	void aCompleteFormShowsTheResultWithLevelScoresAndAnswers() throws Exception {
		long child = child("孙评估");
		String today = Children.today().toString();
		String location = mvc.perform(form(child, today, Map.of("safety1", "SERIOUS", "living1", "CONCERN"))
				.with(TestUsers.as(director)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/children/" + child + "/assessments/*"))
			.andExpect(flash().attribute("flash", "已记录风险评估：高风险；已列为待解决问题"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("高风险"), containsString("4 / 54 分"),
					containsString("存在以下严重情形"), containsString("安全：遭受或疑似遭受暴力伤害"),
					containsString("各方面得分"), containsString("住房简陋或设施不全"), containsString(today))));
		mvc.perform(get("/children/{id}/assessments/panel", child).with(TestUsers.as(director)))
			.andExpect(content().string(allOf(containsString("高风险"), containsString("评估记录（1）"))));
		mvc.perform(get("/children/{id}/assessments", child).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("孙评估 · 评估记录"), containsString("高风险"),
					containsString("4 / 54"))));
	}

	@Test
	void anIncompleteFormKeepsTheAnswersAndNamesWhatIsMissing() throws Exception {
		long child = child("李评估");
		mvc.perform(form(child, "", Map.of("health2", "", "schooling1", "CONCERN")).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("有 2 处需要修改，请查看下面标红的内容"),
					containsString("评估日期：必填"), containsString("第 8 题（身体健康）：请选择一项"),
					containsString("href=\"#item-health2\""),
					containsString("name=\"answers.schooling1\" value=\"CONCERN\" checked"))));
		assertThat(stored(child)).isZero();
	}

	@Test
	void aLoweredLevelIsRefusedOnThePage() throws Exception {
		long child = child("周评估");
		mvc.perform(form(child, Children.today().toString(), Map.of("guardianship1", "SERIOUS"))
				.param("overrideLevel", "MEDIUM").param("overrideReason", "有亲戚帮忙").with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能调高风险等级，不能低于评分结果（高风险）")));
		assertThat(stored(child)).isZero();
	}

	@Test
	void otherRolesAndOtherVillagesGetErrorPages() throws Exception {
		long child = child("吴评估");
		mvc.perform(get("/children/{id}/assessments/new", child)
				.with(TestUsers.as(TestUsers.user(Role.VIEWER, TestVillages.COUNTY))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/children/{id}/assessments/new", child).with(TestUsers.as(TestUsers.director(TestVillages.B))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到")));
		mvc.perform(form(child, Children.today().toString(), Map.of())
				.with(TestUsers.as(TestUsers.director(TestVillages.B))))
			.andExpect(status().isNotFound());
		assertThat(stored(child)).isZero();
	}
}

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class WorkLogPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	long idOf(String content) {
		return jdbc.queryForObject("select id from work_log where content = ?", Long.class, content);
	}

	@Test
	void aDirectorAddsAnEntryFromTheTopOfThePageAndSeesIt() throws Exception {
		CurrentUser director = accounts.create("pagelog", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		String content = "走访龙口村留守儿童 " + UUID.randomUUID();
		mvc.perform(get("/work-logs").with(accounts.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("记一笔"), containsString("name=\"content\""),
					containsString(">工作日志</a>"), containsString(">重点关注</a>"))));
		mvc.perform(post("/work-logs").with(accounts.as(director)).with(csrf())
				.param("workedOn", Children.today().toString()).param("content", content))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/work-logs"))
			.andExpect(flash().attribute("flash", "已保存工作日志"));
		mvc.perform(get("/work-logs").with(accounts.as(director)))
			.andExpect(content().string(allOf(containsString(content), containsString("龙口村委会"),
					containsString("/work-logs/" + idOf(content) + "/edit"))));
	}

	@Test
	void aBlankEntryIsRefusedWithAChineseMessage() throws Exception {
		CurrentUser director = accounts.create("pagelogbad", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		mvc.perform(post("/work-logs").with(accounts.as(director)).with(csrf())
				.param("workedOn", Children.today().plusDays(2).toString()).param("content", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("日期：不能晚于今天"), containsString("工作内容：必填"))));
		assertThat(jdbc.queryForObject("select count(*) from work_log where author_id = ?", Long.class, director.id()))
			.isZero();
	}

	@Test
	void countyStaffReadTheDirectorsEntriesWithoutTheAddForm() throws Exception {
		CurrentUser director = accounts.create("pagelogdir", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		CurrentUser county = accounts.create("pagelogcounty", Set.of(Role.CIVIL_AFFAIRS), TestVillages.COUNTY);
		String content = "组织儿童之家活动 " + UUID.randomUUID();
		mvc.perform(post("/work-logs").with(accounts.as(director)).with(csrf())
			.param("workedOn", Children.today().toString()).param("content", content));
		mvc.perform(get("/work-logs").with(accounts.as(county)).param("regionCode", TestVillages.TOWNSHIP)
				.param("from", Children.today().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(content), not(containsString("记一笔")),
					not(containsString("/work-logs/" + idOf(content) + "/edit")))));
		mvc.perform(get("/work-logs/{id}/edit", idOf(content)).with(accounts.as(county)))
			.andExpect(redirectedUrl("/work-logs"));
	}

	@Test
	void theAuthorCorrectsAnEntry() throws Exception {
		CurrentUser director = accounts.create("pagelogedit", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		String content = "原记录 " + UUID.randomUUID();
		mvc.perform(post("/work-logs").with(accounts.as(director)).with(csrf())
			.param("workedOn", Children.today().toString()).param("content", content));
		long id = idOf(content);
		long version = jdbc.queryForObject("select version from work_log where id = ?", Long.class, id);
		mvc.perform(get("/work-logs/{id}/edit", id).with(accounts.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("修改工作日志"), containsString(content))));
		mvc.perform(post("/work-logs/{id}", id).with(accounts.as(director)).with(csrf())
				.param("workedOn", Children.today().toString()).param("content", content + " 已更正")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/work-logs"));
		mvc.perform(post("/work-logs/{id}", id).with(accounts.as(director)).with(csrf())
				.param("workedOn", Children.today().toString()).param("content", content + " 再次")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该工作日志已被修改，您的修改未保存")));
		assertThat(jdbc.queryForObject("select content from work_log where id = ?", String.class, id))
			.isEqualTo(content + " 已更正");
	}

	@Test
	void rolesWithoutChildFilesGetTheForbiddenPage() throws Exception {
		CurrentUser viewer = accounts.create("pagelogviewer", Set.of(Role.VIEWER), TestVillages.COUNTY);
		mvc.perform(get("/work-logs").with(accounts.as(viewer))).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您的角色不能查看工作日志")));
	}
}

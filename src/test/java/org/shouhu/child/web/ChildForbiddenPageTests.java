package org.shouhu.child.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Roles without child files who open the child pages get a Chinese 403 page that says why. */
@PageTest
class ChildForbiddenPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aViewerIsToldTheirRoleSeesStatisticsOnly() throws Exception {
		CurrentUser viewer = TestUsers.user(Role.VIEWER, "6103");
		for (String path : new String[] { "/children", "/children/new", "/children/1" }) {
			mvc.perform(get(path).with(TestUsers.as(viewer)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("<h1>无权访问</h1>")))
				.andExpect(content().string(containsString("只查看统计数据，不能查看或办理儿童档案")))
				.andExpect(content().string(containsString(">返回首页</a>")));
		}
	}

	@Test
	void otherRolesWithoutChildFilesGetTheGeneralMessage() throws Exception {
		CurrentUser auditor = TestUsers.user(Role.AUDIT_ADMIN, "6103");
		mvc.perform(get("/children").with(TestUsers.as(auditor)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您的角色不能查看或办理儿童档案")))
			.andExpect(content().string(not(containsString("统计数据"))));
	}
}

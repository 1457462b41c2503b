package org.shouhu.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class UserAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserManagement users;

	CurrentUser admin;

	@BeforeEach
	void admin() {
		admin = accounts.create("pageadmin", Set.of(Role.SECURITY_ADMIN), "610330");
	}

	@Test
	void createsAccountAndShowsTheJurisdictionFullName() throws Exception {
		String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
		String location = mvc.perform(post("/admin/users").with(accounts.as(admin)).with(csrf())
			.param("username", username).param("displayName", "李主任").param("password", "Good-Passw0rd")
			.param("roles", "CHILD_DIRECTOR").param("jurisdiction", "610330101200").param("department", ""))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("flash", containsString(username)))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("陕西省宝鸡市凤县凤州镇龙口村委会")))
			.andExpect(content().string(containsString("儿童主任")));
		mvc.perform(get("/admin/users").param("q", username).with(accounts.as(admin)))
			.andExpect(content().string(containsString("李主任")));
	}

	@Test
	void showsInlineChineseMessagesNextToFields() throws Exception {
		mvc.perform(post("/admin/users").with(accounts.as(admin)).with(csrf())
			.param("username", "ok-" + UUID.randomUUID().toString().substring(0, 8)).param("displayName", "")
			.param("password", "weakpass").param("roles", "CHILD_DIRECTOR").param("jurisdiction", "610330"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入姓名")))
			.andExpect(content().string(containsString("密码须包含大写字母、小写字母、数字、符号中的至少三类")))
			.andExpect(content().string(containsString("儿童主任的管辖区域应为村（居）")));
		mvc.perform(post("/admin/users").with(accounts.as(admin)).with(csrf())
			.param("username", "far-" + UUID.randomUUID().toString().substring(0, 8)).param("displayName", "远方")
			.param("password", "Good-Passw0rd").param("roles", "CIVIL_AFFAIRS").param("jurisdiction", "610331"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能在自己的管辖区域内设置账号")));
	}

	@Test
	void tellsTheEditorWhenSomeoneElseChangedTheAccount() throws Exception {
		CurrentUser user = accounts.create("stale", Set.of(Role.VIEWER), "610330");
		users.update(admin, user.id(), new UserChange("先改的人", Set.of(Role.VIEWER), "610330", null, null, 0L));
		mvc.perform(post("/admin/users/{id}", user.id()).with(accounts.as(admin)).with(csrf())
			.param("displayName", "后改的人").param("roles", "VIEWER").param("jurisdiction", "610330")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该账号已被他人修改，您的修改未保存")));
	}

	@Test
	void disablesEnablesUnlocksAndResetsFromTheDetailPage() throws Exception {
		CurrentUser user = accounts.create("actions", Set.of(Role.VIEWER), "610330");
		mvc.perform(post("/admin/users/{id}/disable", user.id()).with(accounts.as(admin)).with(csrf()))
			.andExpect(flash().attribute("flash", "账号已停用"));
		mvc.perform(get("/admin/users/{id}", user.id()).with(accounts.as(admin)))
			.andExpect(content().string(containsString("已停用")));
		mvc.perform(post("/admin/users/{id}/enable", user.id()).with(accounts.as(admin)).with(csrf()))
			.andExpect(flash().attribute("flash", "账号已启用"));
		mvc.perform(post("/admin/users/{id}/unlock", user.id()).with(accounts.as(admin)).with(csrf()))
			.andExpect(flash().attribute("failure", "账号未被锁定"));
		mvc.perform(post("/admin/users/{id}/reset-password", user.id()).with(accounts.as(admin)).with(csrf())
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码至少8位")));
		mvc.perform(post("/admin/users/{id}/reset-password", user.id()).with(accounts.as(admin)).with(csrf())
			.param("password", "Fresh-Passw0rd"))
			.andExpect(flash().attribute("flash", containsString("密码已重置")));
	}

	@Test
	void accountsOutsideTheJurisdictionAreNotShown() throws Exception {
		CurrentUser outside = accounts.create("shenzhen", Set.of(Role.CIVIL_AFFAIRS), "4403");
		mvc.perform(get("/admin/users/{id}", outside.id()).with(accounts.as(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/users").param("q", outside.username()).with(accounts.as(admin)))
			.andExpect(content().string(containsString("没有符合条件的账号")));
	}

	@Test
	void editFormAndNewFormRender() throws Exception {
		CurrentUser user = accounts.create("render", Set.of(Role.VIEWER), "610330");
		mvc.perform(get("/admin/users/{id}/edit", user.id()).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编辑账号")));
		mvc.perform(get("/admin/users/new").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("初始密码")));
	}

	@Test
	void summarisesTheProblemsAboveTheFormAndMarksTheFieldsInvalid() throws Exception {
		mvc.perform(post("/admin/users").with(accounts.as(admin)).with(csrf())
			.param("username", "sum-" + UUID.randomUUID().toString().substring(0, 8)).param("displayName", "")
			.param("password", "weakpass").param("roles", "CHILD_DIRECTOR").param("jurisdiction", "610330101200"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有 2 处需要修改，请查看下面标红的内容：")))
			.andExpect(content().string(containsString("<a href=\"#displayName\">姓名：请输入姓名</a>")))
			.andExpect(content().string(containsString("<a href=\"#password\">初始密码：密码须包含大写字母、小写字母、数字、符号中的至少三类</a>")))
			.andExpect(content().string(containsString("id=\"displayName-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void choosesTheJurisdictionWithTheRegionPickerAndTellsNationalAdminsHowToChooseAllOfChina() throws Exception {
		mvc.perform(get("/admin/users/new").with(accounts.as(admin)))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"jurisdiction\"")))
			.andExpect(content().string(containsString("id=\"region-jurisdiction-township\"")))
			.andExpect(content().string(not(containsString("即全国"))));
		CurrentUser national = accounts.create("natadmin", Set.of(Role.SECURITY_ADMIN), "CN");
		mvc.perform(get("/admin/users/new").with(accounts.as(national)))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"jurisdiction\" value=\"CN\">")))
			.andExpect(content().string(containsString("id=\"region-jurisdiction-province\"")))
			.andExpect(content().string(containsString("省一级选“全部”即全国")));
	}

	@Test
	void aFailedSubmitStillMarksUserManagementInTheNavigation() throws Exception {
		mvc.perform(post("/admin/users").with(accounts.as(admin)).with(csrf())
			.param("username", "nav-" + UUID.randomUUID().toString().substring(0, 8)).param("displayName", "")
			.param("password", "Good-Passw0rd").param("roles", "VIEWER").param("jurisdiction", "610330"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*href=\"/admin/users\"\\s+aria-current=\"page\">用户管理.*")));
		CurrentUser user = accounts.create("navedit", Set.of(Role.VIEWER), "610330");
		mvc.perform(post("/admin/users/{id}", user.id()).with(accounts.as(admin)).with(csrf())
			.param("displayName", "").param("roles", "VIEWER").param("jurisdiction", "610330").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#displayName\">姓名：请输入姓名</a>")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/admin/users\"\\s+aria-current=\"page\">用户管理.*")));
	}

	@Test
	void tellsWhichRegionTheNewAccountWillWorkIn() throws Exception {
		mvc.perform(get("/admin/users/new").with(accounts.as(admin)))
			.andExpect(content().string(containsString("将设为：<strong>陕西省宝鸡市凤县</strong>")))
			.andExpect(content().string(containsString("与您的管辖区域相同")));
		mvc.perform(get("/admin/users/jurisdiction-result").param("jurisdiction", "610330101").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("将设为：<strong>陕西省宝鸡市凤县凤州镇</strong>")))
			.andExpect(content().string(not(containsString("与您的管辖区域相同"))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/admin/users/jurisdiction-result").param("jurisdiction", "610331").with(accounts.as(admin)))
			.andExpect(content().string(containsString("将设为：<strong>陕西省宝鸡市凤县</strong>")));
		CurrentUser national = accounts.create("natresult", Set.of(Role.SECURITY_ADMIN), "CN");
		mvc.perform(get("/admin/users/new").with(accounts.as(national)))
			.andExpect(content().string(containsString("将设为：<strong>全国</strong>")));
	}

	@Test
	void showsUntilWhenALockedAccountStaysLockedAndAsksBeforeDisabling() throws Exception {
		CurrentUser user = accounts.create("lockshow", Set.of(Role.VIEWER), "610330");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(user.username()).password("Wrong-Passw0rd!"));
		}
		mvc.perform(get("/admin/users/{id}", user.id()).with(accounts.as(admin)))
			.andExpect(content().string(containsString("已锁定（至 ")))
			.andExpect(content().string(containsString("确定停用该账号")));
	}

	@Test
	void pagesRenderInStandardsModeAndMarkTheCurrentNavigationEntry() throws Exception {
		mvc.perform(get("/admin/users").with(accounts.as(admin)))
			.andExpect(content().string(startsWith("<!DOCTYPE html>")))
			.andExpect(content().string(matchesPattern("(?s).*href=\"/admin/users\"\\s+aria-current=\"page\">用户管理.*")));
	}
}

package org.shouhu.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Department;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.common.Messages;
import org.shouhu.protection.FiledReport;
import org.shouhu.protection.NewReport;
import org.shouhu.protection.ReportSituation;
import org.shouhu.protection.ReportStatus;
import org.shouhu.protection.ReporterType;
import org.shouhu.protection.Reports;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The mandatory-report pages as a browser gets them: the form (its choices, prefill and errors), the inbox (overdue
 * first), the report page (the next step per role) and what stays confidential in the HTML. Villages without files
 * in shared counties (the test region table's counties are few): every assertion on a list is about this test's own
 * reports and their order, and the deadline changed is set back.
 */
@PageTest
class ReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	Reports reports;

	@Autowired
	TestClock clock;

	@Autowired
	ChildManagement children;

	@Autowired
	Messages messages;

	final LocalDate today = Children.today();

	@Test
	void theHomePageOffersTheFormInOneTapAndTheFormIsPrefilledFromASuggestion() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		CurrentUser director = accounts.create("rpform", Set.of(Role.CHILD_DIRECTOR), village);
		long child = care.child(village);
		String childName = CareFixtures.as(director, () -> children.summary(child).name());

		assertThat(page(get("/"), director)).contains("href=\"/reports/new\"", "强制报告");

		String form = page(get("/reports/new").param("childId", String.valueOf(child))
			.param("situation", "ABANDONMENT_OR_NEGLECT").param("description", "孩子独自在家好几天")
			.param("suggestion", "77"), director);
		for (ReportSituation situation : ReportSituation.values()) {
			assertThat(form).contains(situation.label());
		}
		assertThat(form).containsPattern("value=\"ABANDONMENT_OR_NEGLECT\"[^>]*checked")
			.contains("孩子独自在家好几天", "name=\"suggestion\" value=\"77\"", childName, "max=\"" + today + "\"")
			.containsPattern("value=\"VILLAGE_COMMITTEE\"[^>]*selected")
			.contains("value=\"rpform测试\"")
			.doesNotContain("name=\"receivedAt\"");

		CurrentUser officer = accounts.create("rphotline", Set.of(Role.CIVIL_AFFAIRS), county);
		assertThat(page(get("/reports/new"), officer)).contains("name=\"receivedAt\"")
			.containsPattern("value=\"HOTLINE\"[^>]*selected");
	}

	@Test
	void aFormWithProblemsIsShownAgainWithChineseMessagesAndNothingFiled() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		CurrentUser director = accounts.create("rperr", Set.of(Role.CHILD_DIRECTOR), village);

		String page = mvc.perform(post("/reports").param("situation", "NOT_A_SITUATION").param("description", "")
				.param("child", "FILE").param("reporterType", "VILLAGE_COMMITTEE").param("occurredOn", "明天")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"error-summary\"", "发现的情况：请从列表中选择", "发生或发现日期：")
			.contains("class=\"error-text\"").doesNotContain("Exception");

		String second = mvc.perform(post("/reports").param("situation", "ABANDONMENT_OR_NEGLECT")
				.param("child", "FILE").param("reporterType", "VILLAGE_COMMITTEE")
				.param("occurredOn", today.toString()).with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(second).contains("id=\"error-summary\"", "具体情况：");
		assertThat(CareFixtures.as(director, () -> reports.list(null, null, 0, 20)).items()).isEmpty();
	}

	@Test
	void searchingTheFilesByNameKeepsWhatWasEntered() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		CurrentUser director = accounts.create("rpfind", Set.of(Role.CHILD_DIRECTOR), village);
		String name = Children.randomName("蔺");
		long child = care.register(director, Children.leftBehindWithGrandparents().village(village).name(name).build());

		String page = mvc.perform(post("/reports").param("action", "find").param("q", name)
				.param("description", "邻居说孩子三天没人管").param("situation", "ABANDONMENT_OR_NEGLECT")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(name, "name=\"childId\" value=\"" + child + "\"", "邻居说孩子三天没人管")
			.doesNotContain("id=\"error-summary\"");
	}

	@Test
	void aDirectorFilesAboutAChildOnFileAndSeesTheConfirmation() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		CurrentUser director = accounts.create("rpfile", Set.of(Role.CHILD_DIRECTOR), village);
		long child = care.child(village);

		String location = mvc.perform(post("/reports").param("situation", "ABANDONMENT_OR_NEGLECT")
				.param("description", "孩子独自在家多日，无人照料").param("occurredOn", today.toString())
				.param("reporterType", "VILLAGE_COMMITTEE").param("reporterName", "李主任")
				.param("reporterPhone", "13900001111").param("child", "FILE").param("childId", String.valueOf(child))
				.with(accounts.as(director)).with(csrf()))
			.andExpect(redirectedUrlPattern("/reports/*"))
			.andReturn().getResponse().getRedirectedUrl();

		String report = page(get(location), director);
		assertThat(report).contains("被遗弃或长期无人照料", "待受理", "孩子独自在家多日", "/children/" + child)
			.doesNotContain("13900001111").doesNotContain("李主任")
			.doesNotContain("受理此报告").doesNotContain("action=\"" + location + "/conclude\"");
	}

	@Test
	void theInboxShowsOverdueReportsFirstInRedAndNeverTheReporter() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		CurrentUser director = accounts.create("rpinbox", Set.of(Role.CHILD_DIRECTOR), village);
		CurrentUser police = accounts.create("rppolice", Set.of(Role.DEPARTMENT), county, Department.PUBLIC_SECURITY);
		clock.advance(Duration.ofHours(-3));
		FiledReport late = file(director, care.child(village), ReportSituation.ORGANIZED_BEGGING, "王某某", "13900002222");
		clock.advance(Duration.ofHours(3));
		FiledReport accepted = file(director, care.child(village), ReportSituation.MISSING_OR_TRAFFICKED, "王某某",
				"13900003333");
		CareFixtures.as(police, () -> reports.accept(accepted.id()));
		FiledReport waiting = file(director, care.child(village), ReportSituation.SUSPECTED_VIOLENCE_INJURY, "王某某",
				"13900004444");

		mvc.perform(get("/").with(accounts.as(police))).andExpect(redirectedUrl("/reports"));

		String inbox = page(get("/reports"), police);
		int lateAt = inbox.indexOf("href=\"/reports/" + late.id() + "\"");
		int waitingAt = inbox.indexOf("href=\"/reports/" + waiting.id() + "\"");
		int acceptedAt = inbox.indexOf("href=\"/reports/" + accepted.id() + "\"");
		assertThat(lateAt).isPositive().isLessThan(waitingAt);
		assertThat(waitingAt).isLessThan(acceptedAt);
		assertThat(inbox.substring(lateAt, waitingAt)).contains("已超时", "被组织乞讨");
		assertThat(inbox.substring(waitingAt)).doesNotContain("已超时");
		assertThat(inbox).doesNotContain("13900002222", "13900003333", "13900004444", "王某某");

		String overdueOnly = page(get("/reports").param("overdue", "true"), police);
		assertThat(overdueOnly).contains("href=\"/reports/" + late.id() + "\"")
			.doesNotContain("href=\"/reports/" + waiting.id() + "\"");
		String acceptedOnly = page(get("/reports").param("status", ReportStatus.ACCEPTED.name()), police);
		assertThat(acceptedOnly).contains("href=\"/reports/" + accepted.id() + "\"")
			.doesNotContain("href=\"/reports/" + late.id() + "\"");
		assertThat(page(get("/reports").param("status", "WHATEVER"), police)).contains("请从列表中选择");
		assertThat(page(get("/reports").param("page", "2147483647"), police))
			.contains(messages.get("common.paging.pageTooLarge"));
		assertThat(page(get("/reports").param("page", "-5"), police)).contains("href=\"/reports/" + late.id() + "\"");
	}

	@Test
	void theReportPageOffersEachRoleOnlyItsNextStep() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		CurrentUser director = accounts.create("rpsteps", Set.of(Role.CHILD_DIRECTOR), village);
		CurrentUser police = accounts.create("rpstepp", Set.of(Role.DEPARTMENT), county, Department.PUBLIC_SECURITY);
		CurrentUser teacher = accounts.create("rpedu", Set.of(Role.DEPARTMENT), county, Department.EDUCATION);
		FiledReport filed = file(director, care.child(village), ReportSituation.ABANDONMENT_OR_NEGLECT, "赵主任",
				"13900005555");
		String path = "/reports/" + filed.id();

		String received = page(get(path), police);
		assertThat(received).contains("受理此报告", "赵主任", "13900005555", "（保密）")
			.doesNotContain("记录处置措施").doesNotContain("反馈报告人</h2>");
		assertThat(page(get(path), director)).doesNotContain("受理此报告", "赵主任", "13900005555");
		mvc.perform(get(path).with(accounts.as(teacher))).andExpect(status().isNotFound());

		mvc.perform(post(path + "/accept").with(accounts.as(director)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post(path + "/accept").with(accounts.as(police)).with(csrf())).andExpect(redirectedUrl(path));
		String accepted = page(get(path), police);
		assertThat(accepted).contains("已受理", "记录处置措施", "办结").doesNotContain("受理此报告</button>");
		mvc.perform(post(path + "/accept").with(accounts.as(police)).with(csrf()))
			.andExpect(status().isConflict());

		String noDescription = mvc.perform(post(path + "/actions").param("takenOn", today.toString())
				.param("description", "").with(accounts.as(police)).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(noDescription).contains("id=\"error-summary\"", "采取的措施：");
		mvc.perform(post(path + "/actions").param("takenOn", today.toString()).param("description", "民警到场核实")
				.with(accounts.as(police)).with(csrf())).andExpect(redirectedUrl(path));

		String noChoice = mvc.perform(post(path + "/conclude").param("result", "已由祖母接回").with(accounts.as(police))
				.with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(noChoice).contains("请选择是否查实监护人侵害", "已由祖母接回");
		mvc.perform(post(path + "/conclude").param("result", "已由祖母接回照料").param("harmConfirmed", "true")
				.with(accounts.as(police)).with(csrf())).andExpect(redirectedUrl(path));
		assertThat(page(get(path), police)).contains("反馈报告人", "确认存在侵害", "民警到场核实");

		mvc.perform(post(path + "/feedback").param("message", "已核实，孩子由祖母照料，派出所将定期回访")
				.with(accounts.as(police)).with(csrf())).andExpect(redirectedUrl(path));
		String seenByDirector = page(get(path), director);
		assertThat(seenByDirector).contains("处理部门的反馈", "已核实，孩子由祖母照料", "已反馈")
			.doesNotContain("13900005555", "赵主任");
	}

	@Test
	void countyCivilAffairsLogsAHotlineCallThatCameInEarlierAboutAChildNotOnFile() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		CurrentUser officer = accounts.create("rpcall", Set.of(Role.CIVIL_AFFAIRS), county);
		String twoHoursAgo = java.time.LocalDateTime.now(clock).minusHours(2).withSecond(0).withNano(0).toString();
		String tomorrow = java.time.LocalDateTime.now(clock).plusDays(1).withSecond(0).withNano(0).toString();

		String future = mvc.perform(hotline(village, tomorrow).with(accounts.as(officer)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(future).contains("id=\"error-summary\"", "来电（接报）时间：接报时间不能晚于现在", "小芳");

		String location = mvc.perform(hotline(village, twoHoursAgo).with(accounts.as(officer)).with(csrf()))
			.andExpect(redirectedUrlPattern("/reports/*"))
			.andReturn().getResponse().getRedirectedUrl();
		String report = page(get(location), officer);
		assertThat(report).contains("已超时", "尚未建档", "小芳", "热线来电", "13900007777", "受理此报告")
			.contains(twoHoursAgo.replace('T', ' '));
	}

	@Test
	void rolesThatDoNotFileAreNotOfferedTheForm() throws Exception {
		CurrentUser viewer = accounts.create("rpviewer", Set.of(Role.VIEWER), "610330");
		mvc.perform(get("/reports/new").with(accounts.as(viewer))).andExpect(status().isForbidden());
		mvc.perform(get("/reports").with(accounts.as(viewer))).andExpect(status().isForbidden());
		assertThat(page(get("/statistics"), viewer)).doesNotContain("/reports/new");
	}

	private MockHttpServletRequestBuilder hotline(String village, String receivedAt) {
		return post("/reports").param("situation", "SUSPECTED_VIOLENCE_INJURY").param("description", "邻居来电：孩子身上常有伤")
			.param("occurredOn", today.minusDays(1).toString()).param("receivedAt", receivedAt)
			.param("reporterType", "HOTLINE").param("reporterName", "来电群众").param("reporterPhone", "13900007777")
			.param("child", "NEW").param("childName", "小芳").param("villageCode", village);
	}

	@Test
	void countyCivilAffairsSetsTheAcceptanceDeadline() throws Exception {
		// a shared county: the deadline goes back to what it was at the end
		String county = unused.village().substring(0, 6);
		CurrentUser officer = accounts.create("rppolicy", Set.of(Role.CIVIL_AFFAIRS), county);
		String before = page(get("/reports/policy"), officer);
		assertThat(before).contains("value=\"60\"");
		java.util.regex.Matcher found = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(before);
		assertThat(found.find()).isTrue();
		String version = found.group(1);

		String bad = page(post("/reports/policy").param("countyCode", county).param("acceptWithinMinutes", "半小时")
				.param("version", version).with(csrf()), officer);
		assertThat(bad).contains("请填写 1 至 1440 之间的整数");
		mvc.perform(post("/reports/policy").param("countyCode", county).param("acceptWithinMinutes", "30")
				.param("version", version).with(accounts.as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/reports/policy?countyCode=" + county));
		String after = page(get("/reports/policy"), officer);
		assertThat(after).contains("value=\"30\"", "修改为 30 分钟");
		java.util.regex.Matcher next = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(after);
		assertThat(next.find()).isTrue();
		mvc.perform(post("/reports/policy").param("countyCode", county).param("acceptWithinMinutes", "60")
				.param("version", next.group(1)).with(accounts.as(officer)).with(csrf()))
			.andExpect(redirectedUrl("/reports/policy?countyCode=" + county));

		CurrentUser director = accounts.create("rpnopolicy", Set.of(Role.CHILD_DIRECTOR), unused.village());
		mvc.perform(get("/reports/policy").with(accounts.as(director))).andExpect(status().isForbidden());
	}

	private FiledReport file(CurrentUser reporter, long child, ReportSituation situation, String name, String phone) {
		return CareFixtures.as(reporter, () -> reports.file(new NewReport(situation, "情况说明：" + situation.shortLabel(),
				Children.today(), null, ReporterType.VILLAGE_COMMITTEE, name, phone, child, null, null)));
	}

	private String page(MockHttpServletRequestBuilder request,
			CurrentUser user) throws Exception {
		ResultActions result = mvc.perform(request.with(accounts.as(user)));
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}

package org.shouhu.care.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.shouhu.testing.CareFixtures.normal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.AssessmentForm;
import org.shouhu.care.AssessmentView;
import org.shouhu.care.Assessments;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewAssessment;
import org.shouhu.care.NewVisit;
import org.shouhu.care.VisitManagement;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitPolicies;
import org.shouhu.care.VisitPolicy;
import org.shouhu.care.VisitType;
import org.shouhu.care.VisitView;
import org.shouhu.child.ChildManagement;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The care pages as a browser gets them: the director's to-do list, the visit form, the care panel of a file, the
 * compliance page and the visit policy page. Regions: counties of their own and villages and townships without files
 * yet, from {@link UnusedRegions}; the policy changes in a county of its own.
 */
@PageTest
class CarePagesTests {

	static final String COUNTY = UnusedRegions.county();
	static final String COMPLIANCE_COUNTY = UnusedRegions.county();
	static final String POLICY_COUNTY = UnusedRegions.county();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	VisitManagement visits;

	@Autowired
	VisitPolicies policies;

	@Autowired
	ChildManagement children;

	@Autowired
	Assessments assessments;

	final LocalDate today = Children.today();

	@Test
	void theDirectorsHomeListsOverdueChildrenFirstInRed() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("todo", Set.of(Role.CHILD_DIRECTOR), village);
		String overdueName = Children.randomName("欧");
		long overdue = child(village, overdueName);
		care.visit(overdue, normal(VisitType.HOME_VISIT, today.minusDays(40)));
		String onTimeName = Children.randomName("钟");
		long onTime = child(village, onTimeName);
		care.visit(onTime, normal(VisitType.HOME_VISIT, today.minusDays(1)));

		String page = mvc.perform(get("/").with(accounts.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已逾期")))
			.andExpect(content().string(containsString("入户走访")))
			.andExpect(content().string(containsString("逾期 10 天")))
			.andExpect(content().string(containsString("逾期 33 天")))
			.andExpect(content().string(containsString(
					"/children/" + overdue + "/visits/new?type=HOME_VISIT")))
			.andExpect(content().string(containsString("/children/" + overdue + "/visits/new?type=CONTACT")))
			.andExpect(content().string(not(containsString(onTimeName))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("已逾期")).as("overdue before due soon").isLessThan(page.indexOf(overdueName));
		assertThat(page).doesNotContain("今天没有待办");
	}

	@Test
	void aDirectorWithNothingDueIsToldSo() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("nothing", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("齐"));
		care.visit(child, normal(VisitType.HOME_VISIT, today));

		mvc.perform(get("/").with(accounts.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("今天没有待办")))
			.andExpect(content().string(containsString("您好，nothing测试")));
	}

	@Test
	void recordingAHomeVisitWithTheFormsDefaultsTakesTheChildOffTheList() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("record", Set.of(Role.CHILD_DIRECTOR), village);
		String name = Children.randomName("侯");
		long child = child(village, name);
		care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(40)));
		mvc.perform(get("/").with(accounts.as(director))).andExpect(content().string(containsString(name)));

		String form = mvc.perform(get("/children/{id}/visits/new", child).param("type", "HOME_VISIT")
				.with(accounts.as(director)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains(name, "max=\"" + today + "\"", "value=\"" + today + "\"")
			.containsPattern("value=\"HOME_VISIT\"[^>]*checked")
			.containsPattern("value=\"IN_PERSON\"[^>]*checked")
			.containsPattern("name=\"findings.psychology\" value=\"NORMAL\"[^>]*checked");

		mvc.perform(defaults(post("/children/{id}/visits", child), VisitType.HOME_VISIT, VisitMethod.IN_PERSON, today)
				.with(accounts.as(director)).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flash", containsString("已记录" + name + "的入户走访")));

		mvc.perform(get("/").with(accounts.as(director)))
			.andExpect(content().string(not(containsString(name))));
		List<VisitView> recorded = CareFixtures.as(director, () -> visits.visits(child));
		assertThat(recorded.get(0).visitedOn()).isEqualTo(today);
		assertThat(recorded.get(0).type()).isEqualTo(VisitType.HOME_VISIT);
		assertThat(recorded.get(0).metWith()).containsExactly(MetWith.CHILD);
		assertThat(recorded.get(0).findings()).isEqualTo(new Findings(Finding.NORMAL, Finding.NORMAL, Finding.NORMAL,
				Finding.NORMAL, Finding.NORMAL));
	}

	@Test
	void aVisitOpenedFromTheFileReturnsToTheFile() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("fromfile", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("任"));

		mvc.perform(get("/children/{id}/visits/new", child).param("from", "file").with(accounts.as(director)))
			.andExpect(content().string(containsString("返回档案")))
			.andExpect(content().string(containsString("name=\"from\" value=\"file\"")));
		mvc.perform(defaults(post("/children/{id}/visits", child), VisitType.CONTACT, VisitMethod.PHONE, today,
				"from", "file").with(accounts.as(director)).with(csrf()))
			.andExpect(redirectedUrl("/children/" + child));
	}

	@Test
	void aFutureDateIsRefusedInChineseKeepingWhatWasEnteredAndStoringNothing() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("future", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("管"));

		String page = mvc.perform(defaults(post("/children/{id}/visits", child), VisitType.CONTACT,
				VisitMethod.VIDEO, today.plusDays(1), "problems", "奶奶住院了", "findings.health", "SERIOUS")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("日期：不能晚于今天", "id=\"visitedOn-error\"", "奶奶住院了")
			.containsPattern("value=\"VIDEO\"[^>]*checked")
			.containsPattern("name=\"findings.health\" value=\"SERIOUS\"[^>]*checked");
		assertThat(CareFixtures.as(director, () -> visits.visits(child))).isEmpty();

		mvc.perform(defaults(post("/children/{id}/visits", child), VisitType.CONTACT, VisitMethod.PHONE, today,
				"visitedOn", "2024-13-45").with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期：取值无效")));
		assertThat(CareFixtures.as(director, () -> visits.visits(child))).isEmpty();
	}

	@Test
	void aHomeVisitByPhoneAndNobodyMetAreBothExplained() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("twice", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("管"));

		mvc.perform(post("/children/{id}/visits", child).param("type", "HOME_VISIT").param("method", "PHONE")
				.param("visitedOn", today.toString()).with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("有 2 处需要修改")))
			.andExpect(content().string(containsString("入户走访须当面进行")))
			.andExpect(content().string(containsString("请至少选择一位")));
		assertThat(CareFixtures.as(director, () -> visits.visits(child))).isEmpty();
	}

	@Test
	void theCarePanelShowsScheduleVisitsAndProblemsAndResolvesAProblem() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("panel", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("龚"));
		care.visit(child, new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, today.minusDays(35),
				List.of(MetWith.CHILD, MetWith.CAREGIVER), CareFixtures.findings(Finding.SERIOUS, Finding.CONCERN),
				"孩子整夜不睡，说想妈妈", "请班主任多关心", true));

		mvc.perform(get("/").with(accounts.as(director)))
			.andExpect(content().string(containsString("孩子整夜不睡，说想妈妈")))
			.andExpect(content().string(containsString("href=\"/children/" + child + "#care\">去处理</a>")));
		mvc.perform(get("/children/{id}", child).with(accounts.as(director)))
			.andExpect(content().string(containsString("hx-get=\"/children/" + child + "/care/panel\"")));
		String panel = mvc.perform(get("/children/{id}/care/panel", child).header("HX-Request", "true")
				.with(accounts.as(director)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(panel).contains("id=\"care-panel\"", "下次入户走访", "逾期", "密切关注", "最近一次走访发现心理问题严重",
				"心理严重", "安全需关注", "儿童本人、受委托照护人", "孩子整夜不睡，说想妈妈", "请班主任多关心",
				"待解决问题（1）", "/children/" + child + "/visits/new?type=HOME_VISIT&amp;from=file")
			.doesNotContain("<html");
		long problemId = CareFixtures.as(director, () -> visits.problems(child)).get(0).id();

		mvc.perform(post("/children/{id}/care/problems/{p}/resolve", child, problemId).param("resolution", " ")
				.header("HX-Request", "true").with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写问题的解决情况")))
			.andExpect(content().string(containsString("待解决问题（1）")));
		mvc.perform(post("/children/{id}/care/problems/{p}/resolve", child, problemId)
				.param("resolution", "已联系母亲每周视频").header("HX-Request", "true")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已将问题标记为已解决")))
			.andExpect(content().string(containsString("待解决问题（0）")))
			.andExpect(content().string(containsString("已解决问题（1）")))
			.andExpect(content().string(containsString("已联系母亲每周视频")));
		mvc.perform(post("/children/{id}/care/problems/{p}/resolve", child, problemId)
				.param("resolution", "再次办结").with(accounts.as(director)).with(csrf()))
			.andExpect(redirectedUrl("/children/" + child))
			.andExpect(flash().attribute("flash", containsString("已经解决")));
	}

	@Test
	void aProblemFromAnAssessmentLinksToTheAssessment() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("assessed", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("鲁"));
		Map<String, String> answers = new LinkedHashMap<>();
		AssessmentForm.items().forEach(item -> answers.put(item.code(), "NORMAL"));
		answers.put("guardianship1", "SERIOUS");
		LocalDate assessedOn = today.minusDays(2);
		AssessmentView assessment = CareFixtures.as(director,
				() -> assessments.record(child, new NewAssessment(assessedOn, answers, null, null)));
		assertThat(assessment.problemId()).isNotNull();

		String panel = mvc.perform(get("/children/{id}/care/panel", child).header("HX-Request", "true")
				.with(accounts.as(director)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(panel).contains("待解决问题（1）", "风险评估发现：无人照料，或独居且无人照护",
				"href=\"/children/" + child + "/assessments/" + assessment.id() + "\"", "来自风险评估 " + assessedOn)
			.doesNotContain(assessedOn + " 走访发现");
		mvc.perform(get("/").with(accounts.as(director)))
			.andExpect(content().string(containsString("风险评估发现：无人照料，或独居且无人照护")));
		mvc.perform(get("/children/{id}/assessments/{a}", child, assessment.id()).with(accounts.as(director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已列为待解决问题")));
		mvc.perform(post("/children/{id}/care/problems/{p}/resolve", child, assessment.problemId())
				.param("resolution", "已安排姑姑照料").header("HX-Request", "true")
				.with(accounts.as(director)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待解决问题（0）")))
			.andExpect(content().string(containsString(assessedOn + " 风险评估发现")));
	}

	@Test
	void theCarePanelOfAFileOutsideTheJurisdictionIsNotFound() throws Exception {
		long child = child(unused.village(COUNTY), Children.randomName("龚"));
		CurrentUser elsewhere = accounts.create("elsewhere", Set.of(Role.CHILD_DIRECTOR), unused.village(COUNTY));
		mvc.perform(get("/children/{id}/care/panel", child).with(accounts.as(elsewhere)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/children/{id}/visits/new", child).with(accounts.as(elsewhere)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("未找到")));
	}

	@Test
	void complianceShowsEachRoleItsJurisdictionOneLevelDown() throws Exception {
		String township = unused.township(COMPLIANCE_COUNTY);
		String first = unused.villages(township, 2).get(0);
		String second = unused.villages(township, 2).get(1);
		long late = child(first, Children.randomName("米"));
		care.visit(late, normal(VisitType.HOME_VISIT, today.minusDays(40)));
		long lateContact = child(first, Children.randomName("米"));
		care.visit(lateContact, normal(VisitType.HOME_VISIT, today.minusDays(10)));
		child(second, Children.randomName("米"));

		CurrentUser supervisor = accounts.create("compsup", Set.of(Role.SUPERVISOR), township);
		String page = mvc.perform(get("/care/compliance").with(accounts.as(supervisor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(cells(row(page, first))).containsExactly("2", "2", "1", "0", "0%", "50%");
		assertThat(cells(row(page, second))).containsExactly("1", "0", "0", "0", "100%", "100%");
		assertThat(page).contains("各村（居）逾期人数", "id=\"overdue-chart\"", "echarts", "走访统计");

		CurrentUser county = accounts.create("compca", Set.of(Role.CIVIL_AFFAIRS), COMPLIANCE_COUNTY);
		mvc.perform(get("/care/compliance").with(accounts.as(county)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("各乡镇（街道）逾期人数")))
			.andExpect(content().string(containsString("regionCode=" + township)));
		mvc.perform(get("/care/compliance").param("regionCode", township).with(accounts.as(county)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("regionCode=" + first)))
			.andExpect(content().string(containsString("/care/compliance?regionCode=" + COMPLIANCE_COUNTY)));

		mvc.perform(get("/care/compliance").param("regionCode", COMPLIANCE_COUNTY).with(accounts.as(supervisor)))
			.andExpect(status().isNotFound());
		CurrentUser viewer = accounts.create("compview", Set.of(Role.VIEWER), COMPLIANCE_COUNTY);
		mvc.perform(get("/care/compliance").param("regionCode", first).with(accounts.as(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">走访统计</a>")))
			.andExpect(content().string(not(containsString("查看本村儿童档案"))));
		CurrentUser auditor = accounts.create("compaudit", Set.of(Role.AUDIT_ADMIN), COMPLIANCE_COUNTY);
		mvc.perform(get("/care/compliance").with(accounts.as(auditor))).andExpect(status().isForbidden());
		mvc.perform(get("/care/compliance").param("regionCode", first).with(accounts.as(supervisor)))
			.andExpect(content().string(containsString("查看本村儿童档案")));
		mvc.perform(get("/").with(accounts.as(supervisor)))
			.andExpect(content().string(containsString("href=\"/care/compliance\"")));
	}

	@Test
	void civilAffairsChangeTheCountysCadenceOthersOnlyReadIt() throws Exception {
		CurrentUser officer = accounts.create("policyca", Set.of(Role.CIVIL_AFFAIRS), POLICY_COUNTY);
		CurrentUser supervisor = accounts.create("policysup", Set.of(Role.SUPERVISOR),
				care.village(POLICY_COUNTY, 0, 0).substring(0, 9));
		try {
			mvc.perform(get("/care/policy").with(accounts.as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(unused.name(POLICY_COUNTY))))
				.andExpect(content().string(containsString("name=\"contactDays\"")))
				.andExpect(content().string(containsString("value=\"30\"")));

			mvc.perform(post("/care/policy").param("countyCode", POLICY_COUNTY).param("contactDays", "7")
					.param("homeVisitDays", "20").param("closeAttentionHomeVisitDays", "25")
					.with(accounts.as(officer)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("密切关注儿童的入户走访间隔不能长于一般入户走访间隔")))
				.andExpect(content().string(containsString("value=\"25\"")));
			mvc.perform(post("/care/policy").param("countyCode", POLICY_COUNTY).param("contactDays", "")
					.param("homeVisitDays", "abc").param("closeAttentionHomeVisitDays", "400")
					.with(accounts.as(officer)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("请填写天数")))
				.andExpect(content().string(containsString("取值无效")));
			assertThat(policy().homeVisitDays()).isEqualTo(30);

			mvc.perform(post("/care/policy").param("countyCode", POLICY_COUNTY).param("contactDays", "5")
					.param("homeVisitDays", "20").param("closeAttentionHomeVisitDays", "10").param("confirmed", "true")
					.with(accounts.as(officer)).with(csrf()))
				.andExpect(redirectedUrl("/care/policy?countyCode=" + POLICY_COUNTY))
				.andExpect(flash().attribute("flash", containsString("已保存")));
			assertThat(policy().contactDays()).isEqualTo(5);

			mvc.perform(get("/care/policy").with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("每 5 天至少一次")))
				.andExpect(content().string(not(containsString("name=\"contactDays\""))));
			mvc.perform(post("/care/policy").param("countyCode", POLICY_COUNTY).param("contactDays", "3")
					.param("homeVisitDays", "20").param("closeAttentionHomeVisitDays", "10")
					.with(accounts.as(supervisor)).with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("无权访问")));
			assertThat(policy().contactDays()).isEqualTo(5);
		}
		finally {
			CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> policies.change(POLICY_COUNTY, 7, 30, 14));
		}
	}

	@Test
	void cityStaffChooseTheCountyFirst() throws Exception {
		CurrentUser city = accounts.create("policycity", Set.of(Role.CIVIL_AFFAIRS), POLICY_COUNTY.substring(0, 4));
		mvc.perform(get("/care/policy").with(accounts.as(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"countyCode\"")))
			.andExpect(content().string(containsString(unused.name(POLICY_COUNTY))))
			.andExpect(content().string(not(containsString("name=\"contactDays\""))));
		mvc.perform(get("/care/policy").param("countyCode", POLICY_COUNTY).with(accounts.as(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unused.fullName(POLICY_COUNTY))))
			.andExpect(content().string(containsString("name=\"contactDays\"")));
		mvc.perform(get("/care/policy").param("countyCode", "440304").with(accounts.as(city)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/care/policy").param("countyCode", POLICY_COUNTY.substring(0, 4)).with(accounts.as(city)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择一个县（市、区）")));
	}

	@Test
	void theNavigationOffersTheCarePagesToTheirRoles() throws Exception {
		CurrentUser director = accounts.create("navdir", Set.of(Role.CHILD_DIRECTOR), care.village(COUNTY, 0, 0));
		mvc.perform(get("/children").with(accounts.as(director)))
			.andExpect(content().string(containsString(">待办</a>")))
			.andExpect(content().string(not(containsString("href=\"/care/compliance\""))))
			.andExpect(content().string(not(containsString("href=\"/care/policy\""))));
		CurrentUser officer = accounts.create("navca", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		mvc.perform(get("/children").with(accounts.as(officer)))
			.andExpect(content().string(containsString(">走访统计</a>")))
			.andExpect(content().string(containsString(">走访频次</a>")));
		CurrentUser viewer = accounts.create("navview", Set.of(Role.VIEWER), COUNTY);
		mvc.perform(get("/statistics").with(accounts.as(viewer)))
			.andExpect(content().string(containsString(">首页</a>")))
			.andExpect(content().string(not(containsString("待办"))));
	}

	private long child(String village, String name) {
		return CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY),
				() -> children.register(Children.leftBehindWithGrandparents().village(village).name(name).build()).id());
	}

	private VisitPolicy policy() {
		return CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> policies.find(POLICY_COUNTY));
	}

	/** The table row of a region on the compliance page. */
	private static String row(String page, String regionCode) {
		int link = page.indexOf("regionCode=" + regionCode + "\"");
		assertThat(link).as("row of " + regionCode).isPositive();
		return page.substring(page.lastIndexOf("<tr", link), page.indexOf("</tr>", link));
	}

	/** The visit form as posted with its defaults (the child met, everything normal), {@code changes} applied. */
	private static MockHttpServletRequestBuilder defaults(MockHttpServletRequestBuilder request, VisitType type,
			VisitMethod method, LocalDate on, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("type", type.name());
		fields.put("method", method.name());
		fields.put("visitedOn", on.toString());
		fields.put("metWith", "CHILD");
		for (String area : List.of("safety", "health", "schooling", "psychology", "guardianship")) {
			fields.put("findings." + area, "NORMAL");
		}
		fields.put("problems", "");
		fields.put("actions", "");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	/** The texts of a table row's cells. */
	private static List<String> cells(String row) {
		return Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row).results().map(m -> m.group(1).trim()).toList();
	}
}

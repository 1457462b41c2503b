package org.shouhu.care.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.CareFixtures.normal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.testing.CareFixtures;
import org.shouhu.care.Finding;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitPolicies;
import org.shouhu.care.VisitPolicy;
import org.shouhu.care.VisitType;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Children;
import org.shouhu.testing.TestUsers;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.UnusedRegions;
import org.shouhu.testing.PageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The to-do list on the home page (one card per child, grouped by village above a village), the compliance page's
 * village drill-down and chart labels, and the cadence preview before a policy is saved, as a browser gets them.
 * Regions: a county of its own from {@link UnusedRegions} (villages and townships without files from
 * {@link UnusedRegions}; its policy is changed and set back here), and the township 金台区金山街道 (610303002) whose
 * villages 福临堡社区居委会 and 福临堡村委会 both shorten to 福临堡.
 */
@PageTest
class ToDoPagesTests {

	static final String COUNTY = UnusedRegions.county();
	static final String TWIN_TOWNSHIP = "610303002";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ChildManagement children;

	@Autowired
	UserManagement users;

	@Autowired
	VisitPolicies policies;

	@Autowired
	Regions regions;

	final LocalDate today = Children.today();

	@Test
	void aChildWithAContactAndAHomeVisitOverdueIsOneCardWithBothAndTheCountCountsChildren() throws Exception {
		String village = unused.village(COUNTY);
		CurrentUser director = accounts.create("onecard", Set.of(Role.CHILD_DIRECTOR), village);
		String bothName = Children.randomName("欧阳");
		long both = child(village, bothName);
		care.visit(both, normal(VisitType.HOME_VISIT, today.minusDays(40)));
		String contactName = Children.randomName("司马");
		long contact = child(village, contactName);
		care.visit(contact, normal(VisitType.CONTACT, today.minusDays(10)));
		String problemName = Children.randomName("诸葛");
		long problem = child(village, problemName);
		care.visit(problem, problemVisit(today, "孩子说放学路上被大孩子拦住要钱"));

		String page = home(director);

		assertThat(cards(page)).as("one card per child").hasSize(3);
		String bothCard = card(page, bothName);
		assertThat(bothCard).contains("逾期 33 天", "逾期 10 天", "联系", "入户走访",
				"/children/" + both + "/visits/new?type=CONTACT", "/children/" + both + "/visits/new?type=HOME_VISIT");
		assertThat(occurrences(page, bothName)).as("the child's name once").isEqualTo(1);
		assertThat(card(page, contactName)).contains("逾期 3 天").doesNotContain("入户走访");
		assertThat(card(page, problemName)).contains("孩子说放学路上被大孩子拦住要钱",
				"href=\"/children/" + problem + "#care\">去处理</a>");
		assertThat(page).containsPattern("<span class=\"count\"[^>]*>3</span>")
			.contains("已逾期（2）", "待解决问题（1）");
		assertThat(page.indexOf("已逾期（2）")).isLessThan(page.indexOf(bothName));
		assertThat(page.indexOf(contactName)).isLessThan(page.indexOf("待解决问题（1）"));
		assertThat(page).doesNotContain("village-group");
	}

	@Test
	void aSupervisorsListIsGroupedByVillageWithItsDirectorsOverdueVillagesFirst() throws Exception {
		String township = unused.township(COUNTY);
		List<String> villages = unused.villages(township, 2);
		String quiet = villages.get(0);
		String late = villages.get(1);
		String directorName = "主任" + Children.randomName("柳");
		director(quiet, directorName, "139 1234 5678");
		String lateDirector = "主任" + Children.randomName("杜");
		director(late, lateDirector, null);
		String problemName = Children.randomName("柳");
		long withProblem = child(quiet, problemName);
		care.visit(withProblem, problemVisit(today, "家中无人做饭"));
		String lateName = Children.randomName("杜");
		care.visit(child(late, lateName), normal(VisitType.HOME_VISIT, today.minusDays(40)));
		String alsoLateName = Children.randomName("范");
		care.visit(child(late, alsoLateName), normal(VisitType.CONTACT, today.minusDays(9)));
		CurrentUser supervisor = accounts.create("groups", Set.of(Role.SUPERVISOR), township);

		String page = home(supervisor);

		String quietGroup = group(page, regions.name(quiet));
		String lateGroup = group(page, regions.name(late));
		assertThat(page.indexOf(lateGroup)).as("the village with overdue children first")
			.isLessThan(page.indexOf(quietGroup));
		assertThat(quietGroup).contains(directorName, "href=\"tel:13912345678\"", "139 1234 5678", problemName,
				"家中无人做饭").doesNotContain(lateName);
		assertThat(lateGroup).contains(lateDirector, lateName, alsoLateName, "逾期 2 人")
			.doesNotContain("tel:", problemName);
		assertThat(cards(lateGroup)).hasSize(2);
		assertThat(lateGroup).as("one township: no township in the heading").doesNotContain("class=\"township\"");
		assertThat(page).containsPattern("<span class=\"count\"[^>]*>3</span>");

		String otherVillage = unused.village(COUNTY);
		care.visit(child(otherVillage, Children.randomName("岑")), normal(VisitType.CONTACT, today.minusDays(9)));
		CurrentUser county = accounts.create("groupsca", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		String countyPage = home(county);
		assertThat(group(countyPage, regions.name(late))).contains(
				"<span class=\"township\">" + regions.name(township) + " · </span>");
	}

	@Test
	void openingAVillageOnTheCompliancePageListsItsOverdueChildrenAndOpenProblems() throws Exception {
		String township = unused.township(COUNTY);
		String village = unused.villages(township, 1).get(0);
		String contactName = Children.randomName("欧");
		long contactLate = child(village, contactName);
		care.visit(contactLate, normal(VisitType.CONTACT, today.minusDays(10)));
		String bothName = Children.randomName("钟");
		long bothLate = child(village, bothName);
		care.visit(bothLate, normal(VisitType.HOME_VISIT, today.minusDays(40)));
		String onTimeName = Children.randomName("齐");
		care.visit(child(village, onTimeName), normal(VisitType.HOME_VISIT, today));
		String problemName = Children.randomName("侯");
		long withProblem = child(village, problemName);
		care.visit(withProblem, problemVisit(today.minusDays(2), "冬衣不足"));
		CurrentUser supervisor = accounts.create("drill", Set.of(Role.SUPERVISOR), township);

		String page = mvc.perform(get("/care/compliance").param("regionCode", village).with(accounts.as(supervisor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		String overdue = between(page, "id=\"overdue-children-title\"", "</section>");
		assertThat(overdue).contains("逾期儿童（2）", "href=\"/children/" + contactLate + "\">" + contactName + "</a>",
				"href=\"/children/" + bothLate + "\">" + bothName + "</a>", "联系逾期 3 天", "联系逾期 33 天",
				"入户走访逾期 10 天").doesNotContain(onTimeName, problemName);
		assertThat(overdue.indexOf(bothName)).as("longest overdue first").isLessThan(overdue.indexOf(contactName));
		String problems = between(page, "id=\"open-problems-title\"", "</section>");
		assertThat(problems).contains("待解决问题（1）", problemName, "冬衣不足", today.minusDays(2) + " 发现",
				"/children/" + withProblem + "#care");

		CurrentUser viewer = accounts.create("drillview", Set.of(Role.VIEWER), township);
		String viewerPage = mvc.perform(get("/care/compliance").param("regionCode", village)
				.with(accounts.as(viewer)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(viewerPage).as("viewers see counts only").doesNotContain(contactName, "逾期儿童（");
	}

	@Test
	void theChartTellsApartRegionsWhoseShortNamesAreTheSame() throws Exception {
		care.visit(child("610303002002", Children.randomName("福")), normal(VisitType.CONTACT, today.minusDays(9)));
		care.visit(child("610303002201", Children.randomName("福")), normal(VisitType.CONTACT, today.minusDays(9)));
		CurrentUser supervisor = accounts.create("labels", Set.of(Role.SUPERVISOR), TWIN_TOWNSHIP);

		String page = mvc.perform(get("/care/compliance").with(accounts.as(supervisor)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("data-label=\"福临堡社区居委会\"", "data-label=\"福临堡村委会\"",
				"/js/compliance.js", "class=\"key home okabe\"").doesNotContain("data-label=\"福临堡\"");
		assertThat(page).containsPattern("data-label=\"[^\"]+\"");
	}

	@Test
	void changingTheCadenceShowsTheOverdueCountFirstAndSavesOnlyWhenConfirmed() throws Exception {
		CurrentUser officer = accounts.create("preview", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		try {
			long[] before = figures(preview(officer, "10", "40", "20"));
			String village = unused.village(COUNTY);
			care.visit(child(village, Children.randomName("严")), normal(VisitType.CONTACT, today.minusDays(8)));
			care.visit(child(village, Children.randomName("严")), normal(VisitType.HOME_VISIT, today.minusDays(35)));

			String page = preview(officer, "10", "40", "20");

			long[] after = figures(page);
			assertThat(after[0] - before[0]).as("overdue now: both").isEqualTo(2);
			assertThat(after[1] - before[1]).as("overdue under 10/40/20: only the one 35 days ago").isEqualTo(1);
			assertThat(page).contains("确认修改走访频次", "现在逾期", "按新频次逾期", "确认保存",
					"name=\"confirmed\" value=\"true\"", "重新计算")
				.containsPattern("name=\"contactDays\" value=\"10\"");
			assertThat(policy().contactDays()).as("nothing saved before confirming").isEqualTo(7);

			mvc.perform(post("/care/policy").param("countyCode", COUNTY).param("contactDays", "10")
					.param("homeVisitDays", "40").param("closeAttentionHomeVisitDays", "20")
					.param("confirmed", "true").with(accounts.as(officer)).with(csrf()))
				.andExpect(redirectedUrl("/care/policy?countyCode=" + COUNTY));
			assertThat(policy().contactDays()).isEqualTo(10);

			String invalid = policyPost(officer, "10", "20", "30", false);
			assertThat(invalid).contains("密切关注儿童的入户走访间隔不能长于一般入户走访间隔").doesNotContain("确认保存");
		}
		finally {
			CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> policies.change(COUNTY, 7, 30, 14));
		}
	}

	private String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(accounts.as(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private String preview(CurrentUser officer, String contact, String home, String close) throws Exception {
		return policyPost(officer, contact, home, close, false);
	}

	private String policyPost(CurrentUser officer, String contact, String home, String close, boolean confirmed)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/care/policy").param("countyCode", COUNTY)
			.param("contactDays", contact).param("homeVisitDays", home).param("closeAttentionHomeVisitDays", close);
		if (confirmed) {
			request.param("confirmed", "true");
		}
		return mvc.perform(request.with(accounts.as(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** The preview's two figures: overdue now, overdue under the new cadence. */
	private static long[] figures(String page) {
		return new long[] { figure(page, "现在逾期"), figure(page, "按新频次逾期") };
	}

	private static long figure(String page, String label) {
		Matcher matcher = Pattern.compile(label + "</span>\\s*<strong>(\\d+) 人</strong>").matcher(page);
		assertThat(matcher.find()).as(label).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private void director(String village, String displayName, String phone) {
		users.createUser(new NewUser("dir-" + UUID.randomUUID().toString().substring(0, 8), displayName,
				Accounts.PASSWORD, Set.of(Role.CHILD_DIRECTOR), village, null, phone));
	}

	private long child(String village, String name) {
		return CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY),
				() -> children.register(Children.leftBehindWithGrandparents().village(village).name(name).build()).id());
	}

	private VisitPolicy policy() {
		return CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY), () -> policies.find(COUNTY));
	}

	private static NewVisit problemVisit(LocalDate on, String problem) {
		return new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, on, List.of(MetWith.CHILD),
				CareFixtures.findings(Finding.NORMAL, Finding.NORMAL), problem, "已告知老师", true);
	}

	/** The cards (one {@code <li>} each) in the text. */
	private static List<String> cards(String html) {
		return Pattern.compile("<li class=\"task card-of-child[^\"]*\">.*?</li>", Pattern.DOTALL).matcher(html)
			.results().map(m -> m.group()).toList();
	}

	/** The card that names the child. */
	private static String card(String page, String childName) {
		return cards(page).stream().filter(c -> c.contains(childName)).reduce((a, b) -> {
			throw new AssertionError("two cards name " + childName);
		}).orElseThrow(() -> new AssertionError("no card names " + childName));
	}

	/** The village group whose heading names the village. */
	private static String group(String page, String villageName) {
		return Pattern.compile("<section [^>]*class=\"village-group[^\"]*\".*?</section>", Pattern.DOTALL)
			.matcher(page).results().map(m -> m.group())
			.filter(g -> g.matches("(?s)<section [^>]*aria-label=\"([^\"]* · )?" + Pattern.quote(villageName) + "\".*"))
			.findFirst().orElseThrow(() -> new AssertionError("no group for " + villageName));
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}
}

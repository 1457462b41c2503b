package org.shouhu.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitType;
import org.shouhu.region.Regions;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 建议强制报告 box on the child's file and on the director's home page, declining from it, the one-tap report
 * button, and the county protection dashboard page, as a browser gets them.
 */
@PageTest
class ProtectionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Regions regions;

	final LocalDate today = Children.today();

	/** One village for the suggestion tests of the class (each counts its own files), one of another director. */
	static String village;
	static String otherVillage;

	private String village() {
		if (village == null) {
			village = unused.village();
			otherVillage = unused.village();
		}
		return village;
	}

	@Test
	void theDirectorSeesTheSuggestionOnTheHomePageAndReportsInOneTap() throws Exception {
		String village = village();
		CurrentUser director = accounts.create("sugpage", Set.of(Role.CHILD_DIRECTOR), village);
		String name = Children.randomName("严");
		long child = child(village, name);
		care.visit(director, child, serious("孩子独自在家多日"));

		mvc.perform(get("/").with(accounts.as(director)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("强制报告与保护")))
				.andExpect(content().string(containsString("建议强制报告")))
				.andExpect(content().string(containsString("孩子独自在家多日")))
				.andExpect(content().string(containsString("/report-suggestions/report?childId=" + child)))
				.andExpect(content().string(containsString("/children/" + child + "#report-suggestions")));

		String location = mvc.perform(get("/report-suggestions/report").param("childId", String.valueOf(child))
				.with(accounts.as(director)))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", startsWith("/reports/new?childId=" + child
						+ "&situation=ABANDONMENT_OR_NEGLECT&description=")))
				.andReturn().getResponse().getHeader("Location");
		assertThat(java.net.URLDecoder.decode(location, java.nio.charset.StandardCharsets.UTF_8))
				.contains("走访发现监护照料情况严重：孩子独自在家多日").contains("&suggestion=");
	}

	@Test
	void theFilesBoxOffersTheReportAndTheDeclineFormAndRecordsTheReason() throws Exception {
		String village = village();
		CurrentUser director = accounts.create("sugbox", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("韩"));
		mvc.perform(get("/children/{id}", child).with(accounts.as(director)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/children/" + child + "/report-suggestions/panel")));
		// no suggestion yet: an empty box
		mvc.perform(get("/children/{id}/report-suggestions/panel", child).with(accounts.as(director)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("建议强制报告"))));

		care.visit(director, child, serious("奶奶住院，孩子无人照料"));
		long id = jdbc.queryForObject("select id from report_suggestion where child_id = ?", Long.class, child);
		mvc.perform(get("/children/{id}/report-suggestions/panel", child).with(accounts.as(director)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("建议强制报告")))
				.andExpect(content().string(containsString("被遗弃或长期无人照料")))
				.andExpect(content().string(containsString("奶奶住院，孩子无人照料")))
				.andExpect(content().string(containsString("href=\"/reports/new?childId=" + child
						+ "&amp;situation=ABANDONMENT_OR_NEGLECT&amp;description=")))
				.andExpect(content().string(containsString("立即报告")))
				.andExpect(content().string(containsString("/report-suggestions/" + id + "/decline")))
				.andExpect(content().string(containsString("不报告的理由")));

		mvc.perform(post("/report-suggestions/{id}/decline", id).param("reason", " ").param("version", "0")
				.header("HX-Request", "true").with(accounts.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("请写明不报告的理由")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(jdbc.queryForObject("select status from report_suggestion where id = ?", String.class, id))
				.isEqualTo("OPEN");

		mvc.perform(post("/report-suggestions/{id}/decline", id).param("reason", "父母已回家照料，经核实无侵害")
				.param("version", "0").header("HX-Request", "true").with(accounts.as(director)).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("已记录不报告的理由")))
				.andExpect(content().string(containsString("已处理的报告建议（1）")))
				.andExpect(content().string(containsString("理由：父母已回家照料，经核实无侵害")))
				.andExpect(content().string(not(containsString("确认不报告"))));

		// a plain post (no htmx) of a decided suggestion goes back to the file with the refusal
		mvc.perform(post("/report-suggestions/{id}/decline", id).param("reason", "再次")
				.with(accounts.as(director)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", "/children/" + child + "#report-suggestions"));
		mvc.perform(get("/").with(accounts.as(director)))
				.andExpect(content().string(not(containsString("/report-suggestions/report?childId=" + child))));
	}

	@Test
	void anotherVillagesDirectorGets404() throws Exception {
		String village = village();
		CurrentUser director = accounts.create("sugown", Set.of(Role.CHILD_DIRECTOR), village);
		long child = child(village, Children.randomName("柏"));
		care.visit(director, child, serious("无人照料"));
		long id = jdbc.queryForObject("select id from report_suggestion where child_id = ?", Long.class, child);
		CurrentUser other = accounts.create("sugoth", Set.of(Role.CHILD_DIRECTOR), otherVillage);
		mvc.perform(get("/children/{id}/report-suggestions/panel", child).with(accounts.as(other)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/report-suggestions/{id}/decline", id).param("reason", "不是本村")
				.with(accounts.as(other)).with(csrf()))
				.andExpect(status().isNotFound());
	}

	@Test
	void theDashboardShowsEveryFigureTheChartAndTheDrillDown() throws Exception {
		String township = unused.township();
		String county = township.substring(0, 6);
		String village = regions.children(township).get(0).getCode();
		jdbc.update("delete from protection_report where township_code = ?", township);
		Instant now = Instant.now();
		report(village, "RECEIVED", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), null);
		report(village, "ACCEPTED", now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), now
				.minus(Duration.ofHours(3)).plus(Duration.ofMinutes(42)));
		CurrentUser officer = accounts.create("dash", Set.of(Role.CIVIL_AFFAIRS), county);

		String page = mvc.perform(get("/protection/dashboard").param("regionCode", township)
				.with(accounts.as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("未成年人保护统计")))
				.andExpect(content().string(containsString("超时未受理")))
				.andExpect(content().string(containsString("受理用时中位数")))
				.andExpect(content().string(containsString("42.0 分钟")))
				.andExpect(content().string(containsString("临时监护中")))
				.andExpect(content().string(containsString("委托照护待整改")))
				.andExpect(content().string(containsString("id=\"protection-chart\"")))
				.andExpect(content().string(containsString("/dist/echarts.simple.min.js")))
				.andExpect(content().string(containsString("/js/protection-dashboard.js")))
				.andExpect(content().string(containsString("/protection/dashboard?regionCode=" + village)))
				.andExpect(content().string(containsString("/protection/dashboard?regionCode=" + county)))
				.andExpect(content().string(containsString("保护统计")))
				.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("<script>").containsPattern(
				"class=\"figure-overdue\">1<").containsPattern("class=\"figure-received\">1<")
				.containsPattern("class=\"figure-accepted\">1<");
		mvc.perform(get("/protection/dashboard").param("regionCode", village).with(accounts.as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/protection/dashboard?regionCode=" + township)))
				.andExpect(content().string(containsString("class=\"figure-overdue\">1<")));

		CurrentUser director = accounts.create("dashdir", Set.of(Role.CHILD_DIRECTOR), village);
		mvc.perform(get("/protection/dashboard").with(accounts.as(director))).andExpect(status().isForbidden());
		mvc.perform(get("/protection/dashboard").param("regionCode", county.startsWith("61") ? "440304" : "610330")
				.with(accounts.as(officer)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/").with(accounts.as(director)))
				.andExpect(content().string(not(containsString("href=\"/protection/dashboard\""))));
		mvc.perform(get("/").with(accounts.as(officer)))
				.andExpect(content().string(containsString("href=\"/protection/dashboard\"")));
	}

	private long child(String village, String name) {
		return care.register(org.shouhu.testing.TestUsers.civilAffairs(Regions.COUNTRY),
				Children.leftBehindWithGrandparents().village(village).name(name).build());
	}

	private NewVisit serious(String problems) {
		return new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, today, List.of(MetWith.CHILD),
				new Findings(Finding.NORMAL, Finding.NORMAL, Finding.NORMAL, Finding.NORMAL, Finding.SERIOUS), problems,
				null, false);
	}

	private void report(String village, String status, Instant received, Instant acceptBy, Instant accepted) {
		jdbc.update("""
				insert into protection_report (version, status, situation, description, occurred_on, received_at,
				    accept_by, routed_to, routed_education, routed_health, province_code, city_code, county_code,
				    township_code, village_code, reporter_type, filed_by_user_id, filed_by, filed_at, accepted_at)
				values (0, ?, 'ABANDONMENT_OR_NEGLECT', '页面测试', ?, ?, ?, 'PUBLIC_SECURITY,CIVIL_AFFAIRS', false, false,
				    ?, ?, ?, ?, ?, 'VILLAGE_COMMITTEE', 1, '页面测试', ?, ?)""",
				status, java.sql.Date.valueOf(today), Timestamp.from(received), Timestamp.from(acceptBy),
				village.substring(0, 2), village.substring(0, 4), village.substring(0, 6), village.substring(0, 9),
				village, Timestamp.from(received), accepted == null ? null : Timestamp.from(accepted));
	}
}

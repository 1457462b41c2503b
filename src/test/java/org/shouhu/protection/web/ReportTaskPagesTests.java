package org.shouhu.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.protection.FiledReport;
import org.shouhu.testing.Children;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.ProtectionFixtures;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports on the home page: the police liaison's overdue report highlighted with a button to the report, the
 * director's "登记此儿童" that opens the new-file form prefilled; never the reporter.
 */
@PageTest
class ReportTaskPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ProtectionFixtures protection;

	@Autowired
	TestClock clock;

	String home(CurrentUser user) throws Exception {
		return mvc.perform(get("/").with(TestUsers.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void thePoliceLiaisonsHomePageIsTheInboxWithTheOverdueReportHighlighted() throws Exception {
		String village = unused.village();
		long childId = protection.child(village);
		FiledReport filed = protection.file(ProtectionFixtures.director(village), ProtectionFixtures.about(childId));
		clock.set(filed.acceptBy().plus(Duration.ofMinutes(5)));
		CurrentUser police = ProtectionFixtures.police(village.substring(0, 6));
		mvc.perform(get("/").with(TestUsers.as(police))).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/reports"));
		String inbox = mvc.perform(get("/reports").with(TestUsers.as(police))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(inbox).contains("report-item overdue").contains("已超时").contains("/reports/" + filed.id()).doesNotContain("李报告")
			.doesNotContain("13800138000");
	}

	@Test
	void theDirectorIsAskedToRegisterAReportedChildAndTheFormComesPrefilled() throws Exception {
		String village = unused.village();
		String name = Children.randomName("冯");
		protection.file(ProtectionFixtures.police(village.substring(0, 6)), ProtectionFixtures.unfiled(name, village));
		CurrentUser director = TestUsers.director(village);
		String page = home(director);
		assertThat(page).contains("登记此儿童").contains("/children/new?villageCode=" + village)
			.contains("强制报告所涉儿童尚未建档：" + name).doesNotContain("李报告");
		String form = mvc.perform(get("/children/new").param("villageCode", village).param("name", name)
				.with(TestUsers.as(director))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("value=\"" + name + "\"");
	}
}

package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ParallelRequests;
import org.shouhu.testing.ProtectionFixtures;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Mandatory reports under many clients at once: parallel accepts of one report (exactly one succeeds, the others
 * 409, one acceptance recorded) and parallel changes of a county's deadline from the same version (one 200, the
 * others 409, no lost update).
 */
@IntegrationTest
class ReportConcurrencyTests {

	static final int CLIENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	ParallelRequests parallel;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ProtectionFixtures protection;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelAcceptsOfOneReportLetExactlyOneThrough() throws Exception {
		String village = unused.village();
		String county = village.substring(0, 6);
		long childId = protection.child(village);
		long id = protection.file(ProtectionFixtures.director(village), ProtectionFixtures.about(childId)).id();
		List<CurrentUser> receivers = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			receivers.add(i % 2 == 0 ? ProtectionFixtures.police(county) : ProtectionFixtures.civilAffairs(county));
		}
		Map<Integer, Long> outcomes = all(receivers.stream().map(user -> (RequestBuilder) post(
				"/api/v1/reports/{id}/accept", id).with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).toList());
		assertThat(outcomes).containsEntry(200, 1L).containsEntry(409, (long) CLIENTS - 1).hasSize(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'REPORT' and"
				+ " subject_id = ? and action = 'UPDATE'", Long.class, String.valueOf(id))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from protection_report where id = ?", String.class, id))
			.isEqualTo("ACCEPTED");
	}

	@Test
	void parallelDeadlineChangesFromOneVersionLoseNoUpdate() throws Exception {
		String county = unused.village().substring(0, 6);
		CurrentUser officer = ProtectionFixtures.civilAffairs(county);
		String read = mvc.perform(get("/api/v1/report-policies/{c}", county).with(TestUsers.as(officer))).andReturn()
			.getResponse().getContentAsString();
		long version = ((Number) JsonPath.read(read, "$.version")).longValue();
		Map<Integer, Long> outcomes = all(java.util.stream.IntStream.range(0, CLIENTS).mapToObj(i -> (RequestBuilder) put(
				"/api/v1/report-policies/{c}", county).with(TestUsers.as(officer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"acceptWithinMinutes\":60,\"version\":" + version + "}")).toList());
		assertThat(outcomes).containsEntry(200, 1L).containsEntry(409, (long) CLIENTS - 1).hasSize(2);
		assertThat(jdbc.queryForObject("select version from report_policy where county_code = ?", Long.class, county))
			.isEqualTo(version + 1);
	}

	/** The outcomes of the requests sent at once, counted by status. */
	private Map<Integer, Long> all(List<RequestBuilder> requests) throws Exception {
		return ParallelRequests.counts(parallel.atOnce(requests.size(), requests::get));
	}
}

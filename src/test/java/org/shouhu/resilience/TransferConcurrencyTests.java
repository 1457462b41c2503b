package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildFile;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ParallelRequests;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * File transfers under many clients at once: parallel requests for one child give one transfer (the unique
 * {@code open_child_id}), parallel accepts of one transfer let exactly one through (its version) and move the file
 * once.
 */
@IntegrationTest
class TransferConcurrencyTests {

	static final int CLIENTS = 8;

	@Autowired
	ParallelRequests parallel;

	@Autowired
	UnusedRegions unused;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelRequestsForOneChildGiveOneTransfer() throws Exception {
		String from = unused.village();
		ChildFile file = Children.leftBehindWithGrandparents().village(from).build();
		long childId = care.register(TestUsers.director(from), file);
		String[] villages = new String[CLIENTS];
		for (int i = 0; i < CLIENTS; i++) {
			villages[i] = unused.village();
		}
		Map<Integer, Long> outcomes = ParallelRequests.counts(parallel.atOnce(CLIENTS, i -> post("/api/v1/transfers")
			.with(TestUsers.as(TestUsers.director(villages[i]))).contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\":\"" + file.idNumber() + "\",\"toVillageCode\":\"" + villages[i]
					+ "\",\"reason\":\"随父母迁居\"}")));
		assertThat(outcomes).containsEntry(201, 1L).containsEntry(409, (long) CLIENTS - 1).hasSize(2);
		assertThat(jdbc.queryForObject("select count(*) from child_transfer where child_id = ?", Long.class, childId))
			.isEqualTo(1);
	}

	@Test
	void parallelAcceptsOfOneTransferLetExactlyOneThrough() throws Exception {
		String from = unused.village();
		String to = unused.village();
		ChildFile file = Children.leftBehindWithGrandparents().village(from).build();
		long childId = care.register(TestUsers.director(from), file);
		String created = parallel.answer(post("/api/v1/transfers").with(TestUsers.as(TestUsers.director(to)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\":\"" + file.idNumber() + "\",\"toVillageCode\":\"" + to
					+ "\",\"reason\":\"随父母迁居\"}")).body();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		CurrentUser[] deciders = new CurrentUser[CLIENTS];
		for (int i = 0; i < CLIENTS; i++) {
			deciders[i] = i % 2 == 0 ? TestUsers.supervisor(from.substring(0, 9))
					: TestUsers.civilAffairs(from.substring(0, 6));
		}
		Map<Integer, Long> outcomes = ParallelRequests.counts(parallel.atOnce(CLIENTS,
				i -> post("/api/v1/transfers/{id}/accept", id).with(TestUsers.as(deciders[i]))
					.contentType(MediaType.APPLICATION_JSON).content("{}")));
		assertThat(outcomes).containsEntry(200, 1L).containsEntry(409, (long) CLIENTS - 1).hasSize(2);
		assertThat(jdbc.queryForObject("select village_code from child where id = ?", String.class, childId))
			.isEqualTo(to);
		assertThat(jdbc.queryForObject("select count(*) from child_history where child_id = ? and changes like ?",
				Long.class, childId, "%\"transfer\"%")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'TRANSFER' and"
				+ " subject_id = ? and action = 'UPDATE'", Long.class, String.valueOf(id))).isEqualTo(1);
	}
}

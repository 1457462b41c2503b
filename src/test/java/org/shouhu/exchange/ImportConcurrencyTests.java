package org.shouhu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ParallelRequests;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unique ID number under two imports at once: two directors' uploads of the same new children, released
 * together, end with one file per child; the import that lost a race takes its rows again one by one and finds the
 * files the other created (unchanged), never a duplicate and never a failed job.
 */
@IntegrationTest
class ImportConcurrencyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ParallelRequests parallel;

	@Test
	void twoImportsOfTheSameNewChildrenAtOnceMakeOneFileEach() throws Exception {
		String village = unused.village();
		List<Map<TemplateColumns, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			rows.add(ImportWorkbooks.row(village));
		}
		byte[] workbook = ImportWorkbooks.xlsx(rows);
		List<String> bearers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			CurrentUser director = accounts.create("impconc", Set.of(Role.CHILD_DIRECTOR), village);
			bearers.add(accounts.bearer(director));
		}

		List<ParallelRequests.Answer> answers = parallel.atOnce(2,
				i -> multipart("/api/v1/imports").file(ImportTests.file(workbook)).header("Authorization", bearers.get(i)));
		assertThat(ParallelRequests.counts(answers)).containsEntry(202, 2L);

		int imported = 0;
		int unchanged = 0;
		for (int i = 0; i < 2; i++) {
			long id = JSON.readTree(answers.get(i).body()).get("id").asLong();
			JsonNode job = await(bearers.get(i), id);
			assertThat(job.get("status").asString()).isEqualTo("DONE");
			assertThat(job.get("rejected").asInt()).isZero();
			imported += job.get("imported").asInt();
			unchanged += job.get("unchanged").asInt() + job.get("updated").asInt();
		}
		assertThat(imported).isEqualTo(60);
		assertThat(unchanged).isEqualTo(60);
		JsonNode list = JSON.readTree(mvc.perform(get("/api/v1/children").param("villageCode", village)
			.header("Authorization", bearers.get(0))).andReturn().getResponse().getContentAsString());
		assertThat(list.get("total").asInt()).isEqualTo(60);
	}

	private JsonNode await(String bearer, long id) throws Exception {
		for (int i = 0; i < 1200; i++) {
			JsonNode job = JSON.readTree(mvc.perform(get("/api/v1/imports/" + id).header("Authorization", bearer))
				.andReturn().getResponse().getContentAsString());
			if (!"RUNNING".equals(job.get("status").asString())) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import " + id + " still running");
	}
}

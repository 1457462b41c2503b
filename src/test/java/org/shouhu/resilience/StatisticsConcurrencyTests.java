package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildFile;
import org.shouhu.statistics.StatisticsRebuild;
import org.shouhu.statistics.StatisticsSummaries;
import org.shouhu.statistics.StatisticsSummary;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ParallelRequests;
import org.shouhu.testing.ParallelRequests.Answer;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics counters under parallel saves of files in one county (the same counter rows, first inserts of a
 * key racing): every save succeeds (no deadlock, no lost update) and the counters equal a direct count afterwards.
 */
@IntegrationTest
class StatisticsConcurrencyTests {

	static final String COUNTY = UnusedRegions.county();
	static final int CLIENTS = 12;
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ParallelRequests parallel;

	@Autowired
	CareFixtures care;

	@Autowired
	StatisticsSummaries summaries;

	@Autowired
	StatisticsRebuild rebuild;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void parallelSavesInOneCountyAreAllCounted() throws Exception {
		CurrentUser civil = TestUsers.civilAffairs(COUNTY);
		LocalDate today = Children.today();
		List<String> villages = List.of(care.village(COUNTY, 0, 0), care.village(COUNTY, 0, 1),
				care.village(COUNTY, 1, 0));
		List<ChildFile> files = new java.util.ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			Children.Builder file = i % 3 == 2 ? Children.orphan() : Children.leftBehindWithGrandparents();
			if (i % 2 == 1) {
				file.female();
			}
			files.add(file.village(villages.get(i % villages.size())).born(today.minusYears(7 + i % 2)).build());
		}
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> post("/api/v1/children").with(TestUsers.as(civil))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(files.get(i))));
		assertThat(ParallelRequests.counts(answers)).isEqualTo(Map.of(201, (long) CLIENTS));

		StatisticsSummary county = summaries.summaryAsSystem(COUNTY);
		assertThat(county.children()).isEqualTo(CLIENTS);
		assertThat(county.byCategory()).containsEntry("LEFT_BEHIND", 8L).containsEntry("ORPHAN", 4L);
		assertThat(county.byGender()).containsEntry("MALE", 6L).containsEntry("FEMALE", 6L);
		assertThat(jdbc.queryForObject("select n from stat_county where county_code = ? and dim = 'C'", Long.class,
				COUNTY)).isEqualTo(CLIENTS);
		assertThat(rebuild.check()).noneMatch(p -> p.startsWith(COUNTY));
	}
}

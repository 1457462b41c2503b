package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.ParallelRequests.counts;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.care.AssessmentForm;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.protection.CaregiverCaseReason;
import org.shouhu.protection.CaregiverCaseView;
import org.shouhu.protection.CaregiverCases;
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
import org.springframework.test.web.servlet.RequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * One open caregiver case per child (unique index on {@code caregiver_case.open_child_id}, V16) under many triggers
 * at once, and a case closed by many at once: every visit and assessment is recorded, exactly one case opens, one
 * close wins and the rest get the 409 a sequential client gets; nothing answers 500.
 */
@IntegrationTest
class CaregiverConcurrencyTests {

	static final int CLIENTS = 16;
	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ParallelRequests parallel;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	CaregiverCases cases;

	@Autowired
	JdbcTemplate jdbc;

	final LocalDate today = Children.today();
	String village;
	CurrentUser director;

	@BeforeEach
	void director() {
		village = unused.village();
		director = TestUsers.director(village);
	}

	long child() {
		return care.register(director, Children.leftBehindWithGrandparents().village(village)
			.caregiver(new ChildFile.Caregiver("王老汉", null, "13900000000", CaregiverRelation.PATERNAL_GRANDPARENT,
					"同住", today))
			.build());
	}

	long openCases(long child) {
		return jdbc.queryForObject("select count(*) from caregiver_case where child_id = ? and status = 'OPEN'",
				Long.class, child);
	}

	RequestBuilder seriousVisit(long child) {
		return post("/api/v1/children/{id}/visits", child).with(TestUsers.as(director))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"type":"HOME_VISIT","method":"IN_PERSON","visitedOn":"%s","metWith":["CHILD"],
					 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"NORMAL",
					             "guardianship":"SERIOUS"},"problems":"照护人长期外出打牌，孩子无人照看"}""".formatted(today));
	}

	RequestBuilder incapableAssessment(long child) {
		Map<String, String> answers = new LinkedHashMap<>();
		AssessmentForm.items().forEach(i -> answers.put(i.code(), "NORMAL"));
		answers.put("guardianship3", "SERIOUS");
		return post("/api/v1/children/{id}/assessments", child).with(TestUsers.as(director))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("assessedOn", today.toString(), "answers", answers)));
	}

	@Test
	void manySeriousVisitsAtOnceAreAllRecordedAndOpenOneCase() throws Exception {
		long child = child();
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> seriousVisit(child));
		assertThat(counts(answers)).isEqualTo(Map.of(201, (long) CLIENTS));
		assertThat(openCases(child)).isEqualTo(1);
	}

	@Test
	void visitsAndAssessmentsAtOnceOpenOneCase() throws Exception {
		long child = child();
		List<Answer> answers = parallel.atOnce(CLIENTS,
				i -> i % 2 == 0 ? seriousVisit(child) : incapableAssessment(child));
		assertThat(counts(answers)).isEqualTo(Map.of(201, (long) CLIENTS));
		assertThat(openCases(child)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from caregiver_case where child_id = ?", Long.class, child))
			.isEqualTo(1);
	}

	@Test
	void triggersAtOnceAllSeeTheOneCase() throws Exception {
		long child = child();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<CaregiverCaseView>> futures = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				Callable<CaregiverCaseView> open = () -> {
					start.await();
					return cases.openIfNone(child, CaregiverCaseReason.VISIT_GUARDIANSHIP_SERIOUS, "并发", null)
						.orElseThrow();
				};
				futures.add(pool.submit(open));
			}
			start.countDown();
			List<Long> ids = new ArrayList<>();
			for (Future<CaregiverCaseView> f : futures) {
				ids.add(f.get(60, TimeUnit.SECONDS).id());
			}
			assertThat(ids).hasSize(CLIENTS).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(openCases(child)).isEqualTo(1);
	}

	@Test
	void manyClosesAtOnceLetOneWin() throws Exception {
		long child = child();
		CaregiverCaseView opened = cases.openIfNone(child, CaregiverCaseReason.VISIT_GUARDIANSHIP_SERIOUS, null, null)
			.orElseThrow();
		CareFixtures.as(director, () -> cases.notifyParents(opened.id(), today, "电话告知", null));
		List<Answer> answers = parallel.atOnce(CLIENTS, i -> post("/api/v1/caregiver-cases/{id}/close", opened.id())
			.with(TestUsers.as(director)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"PARENT_RETURNED\",\"note\":\"第" + i + "次\"}"));
		assertThat(counts(answers)).isEqualTo(Map.of(200, 1L, 409, (long) CLIENTS - 1));
		assertThat(openCases(child)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from caregiver_case where child_id = ? and status = 'CLOSED'",
				Long.class, child)).isEqualTo(1);
	}
}

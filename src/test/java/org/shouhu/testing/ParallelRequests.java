package org.shouhu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * Many clients at once through the context's {@code MockMvc} (an {@link IntegrationTest} or {@link PageTest}), for the
 * concurrency tests: autowire it and
 * <pre>
 * List&lt;Answer&gt; answers = parallel.atOnce(16, i -&gt; post("/api/v1/…").with(accounts.as(user)));
 * assertThat(ParallelRequests.counts(answers)).isEqualTo(Map.of(200, 1L, 409, 15L));
 * </pre>
 * {@link #atOnce} builds the {@code clients} requests on the calling thread, gives each its own thread and releases all
 * of them at once by a start gate, opened when every thread waits at it. A request that fails inside the application
 * without an answer (MockMvc throws the exception) counts as 500. Each answer is awaited for at most
 * {@value #TIMEOUT_SECONDS} seconds, and {@code atOnce} asserts that none is a 5xx.
 */
@Component
public class ParallelRequests {

	/** How long {@link #atOnce} waits for each answer. */
	public static final long TIMEOUT_SECONDS = 60;

	private final ObjectProvider<MockMvc> mvc;

	ParallelRequests(ObjectProvider<MockMvc> mvc) {
		this.mvc = mvc;
	}

	/** Status and body (UTF-8) of one answer. */
	public record Answer(int status, String body) {

		/** The {@code detail} of a problem answer. */
		public String detail() {
			return JsonPath.read(body, "$.detail");
		}
	}

	/** One request, sent on this thread. */
	public Answer answer(RequestBuilder request) throws Exception {
		return answer(mvc.getObject(), request);
	}

	/**
	 * The answers, in client order, to the requests {@code request.apply(0 … clients - 1)}, sent by {@code clients}
	 * threads released at once by a start gate. A request that fails inside the application without an answer counts
	 * as 500; asserts that nothing answered 5xx.
	 */
	public List<Answer> atOnce(int clients, IntFunction<RequestBuilder> request) throws Exception {
		MockMvc mvc = this.mvc.getObject();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch ready = new CountDownLatch(clients);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Answer>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				RequestBuilder built = request.apply(i);
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					try {
						return answer(mvc, built);
					}
					catch (Exception e) {
						return new Answer(500, e.toString());
					}
				}));
			}
			ready.await();
			start.countDown();
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> future : futures) {
				answers.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
			}
			assertThat(answers).as("no server error").noneMatch(a -> a.status() >= 500);
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** How many answers had each status, sorted by status. */
	public static Map<Integer, Long> counts(List<Answer> answers) {
		return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
	}

	private static Answer answer(MockMvc mvc, RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		return new Answer(result.getResponse().getStatus(),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}

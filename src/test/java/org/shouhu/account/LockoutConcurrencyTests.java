package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.ServerTest;
import org.shouhu.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lockout under parallel guessing, through real HTTP with many requests released at once: no more than five
 * guesses are judged before the lock, a right password sent along is refused once the account is locked, wrong
 * current passwords on {@code POST /api/v1/auth/password} count too, and nothing answers 500.
 */
@ServerTest
class LockoutConcurrencyTests {

	private static final String WRONG = "Wrong-Passw0rd!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private final HttpClient http = HttpClient.newHttpClient();
	private final ExecutorService pool = Executors.newFixedThreadPool(30);

	@AfterEach
	void stopPool() {
		pool.shutdownNow();
	}

	@Test
	void thirtyWrongPasswordsAtOnceJudgeAtMostFiveAndLockTheAccount() throws Exception {
		CurrentUser user = accounts.create("parallel", Set.of(Role.VIEWER), "610330");
		List<Integer> statuses = all(Collections.nCopies(30, WRONG), password -> login(user.username(), password));

		Map<Integer, Long> counted = count(statuses);
		// every answer may be 423: the five judged guesses can all answer after one of them has set the lock
		assertThat(counted.keySet()).as("%s", counted).isSubsetOf(401, 423).contains(423);
		assertThat(counted.getOrDefault(401, 0L)).as("wrong passwords answered before the lock").isLessThanOrEqualTo(4);
		assertThat(judgedWrong(user)).as("passwords checked").isLessThanOrEqualTo(5);
		assertLocked(user);
		assertThat(login(user.username(), Accounts.PASSWORD)).isEqualTo(423);
	}

	@Test
	void theRightPasswordAmongTwentyNineWrongOnesDoesNotOpenTheLock() throws Exception {
		CurrentUser user = accounts.create("parallelmix", Set.of(Role.VIEWER), "610330");
		List<String> passwords = new ArrayList<>(Collections.nCopies(29, WRONG));
		passwords.add(15, Accounts.PASSWORD);
		List<Integer> statuses = all(passwords, password -> login(user.username(), password));

		Map<Integer, Long> counted = count(statuses);
		assertThat(counted.keySet()).as("%s", counted).isSubsetOf(200, 401, 423);
		long successes = counted.getOrDefault(200, 0L);
		assertThat(successes).isLessThanOrEqualTo(1);
		// before the right password at most four wrong ones answered 401, after it at most four more
		assertThat(counted.getOrDefault(401, 0L)).as("%s", counted).isLessThanOrEqualTo(successes == 1 ? 8 : 4);
		Integer failed = jdbc.queryForObject("select failed_attempts from app_user where id = ?", Integer.class,
				user.id());
		if (successes == 1 && failed < User.MAX_FAILED_ATTEMPTS) {
			// the right password was counted before the lock and judged after it (a slow hash under load): it rightly
			// started the count again, and fewer than five wrong guesses were judged after it
			assertThat(login(user.username(), Accounts.PASSWORD)).isEqualTo(200);
			return;
		}
		assertLocked(user);
		assertThat(login(user.username(), Accounts.PASSWORD)).isEqualTo(423);
	}

	@Test
	void wrongCurrentPasswordsOnThePasswordChangeCountTowardTheLock() throws Exception {
		CurrentUser user = accounts.create("parallelpw", Set.of(Role.VIEWER), "610330");
		String token = accounts.token(user.username());
		List<String> bodies = all(Collections.nCopies(20, WRONG), password -> changePassword(token, password));

		// 400 on currentPassword; once the lock holds, the token no longer authenticates (401)
		assertThat(bodies).allMatch(body -> body.startsWith("400 ") || body.startsWith("401 "), "400 or 401");
		assertThat(bodies.stream().filter(body -> body.contains("当前密码不正确"))).as("current passwords checked")
			.hasSizeBetween(1, 5);
		assertLocked(user);
		assertThat(login(user.username(), Accounts.PASSWORD)).isEqualTo(423);
		assertThat(changePassword(token, Accounts.PASSWORD)).as("a token of a locked account no longer works")
			.startsWith("401 ");
	}

	@Test
	void theLockEndsAfterThirtyMinutesAndTheCountStartsAgain() {
		CurrentUser user = accounts.create("lockexpiry", Set.of(Role.VIEWER), "610330");
		for (int i = 0; i < 5; i++) {
			login(user.username(), WRONG);
		}
		clock.advance(Duration.ofMinutes(29));
		assertThat(login(user.username(), Accounts.PASSWORD)).isEqualTo(423);
		clock.advance(Duration.ofMinutes(1));
		assertThat(login(user.username(), WRONG)).isEqualTo(401);
		assertThat(jdbc.queryForObject("select failed_attempts from app_user where id = ?", Integer.class, user.id()))
			.isEqualTo(1);
		assertThat(login(user.username(), Accounts.PASSWORD)).isEqualTo(200);
	}

	private void assertLocked(CurrentUser user) {
		Map<String, Object> row = jdbc.queryForMap("select failed_attempts, locked_until from app_user where id = ?",
				user.id());
		assertThat(((Number) row.get("failed_attempts")).intValue()).isEqualTo(User.MAX_FAILED_ATTEMPTS);
		assertThat(jdbc.queryForObject("select locked_until from app_user where id = ?", Instant.class, user.id()))
			.isAfter(clock.instant());
	}

	/** Login failures whose password was checked and found wrong (the rest were refused as locked). */
	private long judgedWrong(CurrentUser user) {
		return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILURE'"
				+ " and detail like '密码错误%'", Long.class, user.username());
	}

	/** Runs {@code call} for every input at once (released together) and collects the results in order. */
	private <T> List<T> all(List<String> inputs, Function<String, T> call) throws Exception {
		CountDownLatch ready = new CountDownLatch(inputs.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (String input : inputs) {
			futures.add(pool.submit(() -> {
				ready.countDown();
				go.await();
				return call.apply(input);
			}));
		}
		ready.await();
		go.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get());
		}
		return results;
	}

	private static Map<Integer, Long> count(List<Integer> statuses) {
		return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private int login(String username, String password) {
		return post("/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").statusCode();
	}

	/** Status and body, e.g. {@code 400 {"errors":…}}. */
	private String changePassword(String token, String current) {
		HttpResponse<String> response = post("/api/v1/auth/password", token,
				"{\"currentPassword\":\"" + current + "\",\"newPassword\":\"My-0wn-Secret!\"}");
		return response.statusCode() + " " + response.body();
	}

	private HttpResponse<String> post(String path, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}

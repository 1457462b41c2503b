package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.ServerTest;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over real HTTP through the servlet container: a JSON body over the limit, with its length declared or sent chunked,
 * is answered 413 with a short Chinese problem and stores nothing; the client gets the answer, not a broken
 * connection.
 */
@ServerTest
class RequestBodyLimitServerTests {

	private static final int TEN_MB = 10 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aTenMegabyteBodyIsRefusedWithAShortAnswerWhetherItsLengthIsDeclaredOrNot() throws Exception {
		CurrentUser director = accounts.create("bodylimit", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		String bearer = accounts.bearer(director);
		byte[] body = tenMegabytesOfChildFile();
		long before = children();

		HttpResponse<String> declared = client.send(post(bearer, HttpRequest.BodyPublishers.ofByteArray(body)),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpResponse<String> chunked = client.send(post(bearer,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		for (HttpResponse<String> answer : java.util.List.of(declared, chunked)) {
			assertThat(answer.statusCode()).isEqualTo(413);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(answer.body()).contains("请求内容过大").hasSizeLessThan(1000);
		}
		assertThat(children()).isEqualTo(before);
	}

	private HttpRequest post(String bearer, HttpRequest.BodyPublisher body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/children"))
			.header("Authorization", bearer)
			.header("Content-Type", "application/json")
			.POST(body)
			.build();
	}

	private static byte[] tenMegabytesOfChildFile() {
		byte[] prefix = "{\"name\":\"张三\",\"remarks\":\"".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[TEN_MB];
		Arrays.fill(body, (byte) 'a');
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		body[TEN_MB - 2] = '"';
		body[TEN_MB - 1] = '}';
		return body;
	}

	private long children() {
		return jdbc.queryForObject("select count(*) from child", Long.class);
	}
}

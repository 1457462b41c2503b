package org.shouhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Behind a TLS-terminating reverse proxy (real HTTP, the proxy's headers sent by hand; the test connects from
 * loopback, a trusted proxy address): a request the proxy marks {@code X-Forwarded-Proto: https} is secure, so the
 * session cookie is {@code Secure}, redirects go to https on the proxy's host and the audit trail records the client's
 * address from {@code X-Forwarded-For}. Without the headers (plain http, a developer's machine) the cookie is not
 * {@code Secure}. The container's own error dispatch carries the security headers too.
 */
@ServerTest
class ForwardedHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Map<String, String> PROXY = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host",
			"shouhu.example.cn", "X-Forwarded-For", "203.0.113.7");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void sessionCookieIsSecureWhenTheProxySaysHttps() throws Exception {
		CurrentUser user = accounts.create("fwdsecure", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		HttpResponse<String> login = login(user, PROXY);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(URI.create("https://shouhu.example.cn/login").resolve(location))
					.isEqualTo(URI.create("https://shouhu.example.cn/")));
		String cookie = sessionCookie(login);
		assertThat(cookie).contains("; Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void sessionCookieIsNotSecureOverPlainHttp() throws Exception {
		CurrentUser user = accounts.create("fwdplain", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		HttpResponse<String> login = login(user, Map.of());
		assertThat(login.statusCode()).isEqualTo(302);
		String cookie = sessionCookie(login);
		assertThat(cookie).doesNotContain("Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void redirectToTheLoginPageStaysOnHttpsAtTheProxysHost() throws Exception {
		HttpResponse<String> home = send(request("/children", PROXY).GET().build());
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValue("https://shouhu.example.cn/login");
	}

	@Test
	void auditTrailRecordsTheClientsAddressFromTheProxy() throws Exception {
		CurrentUser user = accounts.create("fwdaudit", Set.of(Role.CHILD_DIRECTOR), "610330101200");
		login(user, PROXY);
		List<String> ips = jdbc.queryForList(
				"select ip from audit_event where actor = ? and action = 'LOGIN_SUCCESS'", String.class, user.username());
		assertThat(ips).containsExactly("203.0.113.7");
	}

	@Test
	void containerErrorPagesCarryTheSecurityHeaders() throws Exception {
		HttpResponse<String> missing = send(request("/css/no-such-file.css", Map.of()).GET().build());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersTests.CSP);
		assertThat(missing.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
	}

	private HttpResponse<String> login(CurrentUser user, Map<String, String> proxy) throws Exception {
		HttpResponse<String> form = send(request("/login", proxy).GET().build());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
		String session = sessionCookie(form).split(";", 2)[0];
		String body = "username=" + enc(user.username()) + "&password=" + enc(Accounts.PASSWORD) + "&_csrf="
				+ enc(csrf.group(1));
		return send(request("/login", proxy).header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	private HttpRequest.Builder request(String path, Map<String, String> proxy) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml");
		proxy.forEach(request::header);
		return request;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}

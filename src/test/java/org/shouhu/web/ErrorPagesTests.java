package org.shouhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * Error pages through the real servlet container's error dispatch (MockMvc does not forward to {@code /error}): a
 * signed-in browser gets the layout, a Chinese message and a link home, never a whitelabel page or JSON.
 */
@ServerTest
class ErrorPagesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void unknownAddressShowsTheNotFoundPageInsideTheLayout() throws Exception {
		Browser browser = signedIn(accounts.create("err404", Set.of(Role.CHILD_DIRECTOR), "610330101200"));
		HttpResponse<String> page = browser.get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"zh-CN\">", "未找到", "不存在，或不在您的管辖区域内", "返回首页", "退出")
			.doesNotContain("Whitelabel", "\"status\"");
	}

	@Test
	void pageTheRoleMayNotOpenShowsTheForbiddenPage() throws Exception {
		Browser browser = signedIn(accounts.create("err403", Set.of(Role.CHILD_DIRECTOR), "610330101200"));
		for (String path : new String[] { "/audit", "/admin/users" }) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).isEqualTo(403);
			assertThat(page.body()).contains("无权访问", "请联系本级安全管理员", "返回首页").doesNotContain("Whitelabel");
		}
	}

	@Test
	void malformedAddressShowsTheBadRequestPage() throws Exception {
		Browser browser = signedIn(accounts.create("err400", Set.of(Role.SECURITY_ADMIN), "610330"));
		HttpResponse<String> page = browser.get("/admin/users/not-a-number");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("请求有误", "系统未做任何修改", "返回首页");
	}

	private Browser signedIn(CurrentUser user) throws Exception {
		Browser browser = new Browser();
		Matcher csrf = CSRF.matcher(browser.get("/login").body());
		assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
		HttpResponse<String> login = browser.post("/login", "username=" + enc(user.username()) + "&password="
				+ enc(Accounts.PASSWORD) + "&_csrf=" + enc(csrf.group(1)));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		return browser;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A cookie-keeping client that asks for HTML, like a browser, and does not follow redirects. */
	private class Browser {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "text/html,application/xhtml+xml");
		}
	}
}

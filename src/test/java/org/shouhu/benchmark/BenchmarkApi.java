package org.shouhu.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.shouhu.account.Department;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;

/** The benchmarks' client of the REST API: signs in for a bearer token, then sends whole HTTP requests with it. */
final class BenchmarkApi {

	/** Status and body of an answer. */
	record Answer(int status, String body) {
	}

	private static final String PASSWORD = "Bench-Passw0rd!";

	private final HttpClient client = HttpClient.newHttpClient();
	private final String base;
	private String token;

	BenchmarkApi(String base) {
		this.base = base;
	}

	/** A client signed in as {@code username}, whose account is created first when it does not exist. */
	static BenchmarkApi signedIn(UserManagement users, String base, String username, Role role, String jurisdiction,
			Department department) throws Exception {
		if (!users.usernameExists(username)) {
			users.createUser(new NewUser(username, "基准测试", PASSWORD, Set.of(role), jurisdiction, department, null));
		}
		BenchmarkApi http = new BenchmarkApi(base);
		http.login(username, PASSWORD);
		return http;
	}

	void login(String username, String password) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		String body = response.body();
		int start = body.indexOf("\"token\":\"") + 9;
		token = body.substring(start, body.indexOf('"', start));
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	Answer post(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}

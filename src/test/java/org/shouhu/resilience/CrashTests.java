package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shouhu.child.Gender;
import org.shouhu.testing.IdNumbers;
import org.shouhu.testing.TestVillages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash test (issue 8): the application runs in a child JVM on a data folder of its own; six clients register
 * children, edit them (with their version), record visits and work logs; at a random acknowledged write the child
 * is killed with SIGKILL and restarted on the same data. Then every acknowledged write must be there (an edit at least
 * at its acknowledged version), nothing may be half there (a file without its history entry or its audit record),
 * and every success record of the audit trail must name something that exists. Several rounds; on PostgreSQL when
 * {@code SPRING_DATASOURCE_URL} is set (in a schema {@code crash} of its own, dropped at the end).
 * <p>
 * Size: {@code -Dshouhu.crash.rounds=2} (kills), {@code -Dshouhu.crash.writes=60} (the kill comes at a random
 * acknowledged write between a quarter of this and this), {@code -Dshouhu.crash.clients=6}. A larger run and its
 * figures: docs/benchmarks.md. {@code -Dshouhu.crash.writeDelay=500} runs the child with H2's default write delay
 * instead of the application's 0, to see the test fail (acknowledged writes lost).
 */
class CrashTests {

	static final int ROUNDS = Integer.getInteger("shouhu.crash.rounds", 2);
	static final int WRITES = Integer.getInteger("shouhu.crash.writes", 60);
	static final int CLIENTS = Integer.getInteger("shouhu.crash.clients", 6);
	/** H2's write delay for the child, in ms; unset: the application's own (0). 500, H2's default, loses writes. */
	static final Integer WRITE_DELAY = Integer.getInteger("shouhu.crash.writeDelay");
	static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("shouhu.crash.startSeconds", 600));

	static final String VILLAGE = TestVillages.A;
	static final String ADMIN_PASSWORD = "Crash-Boot7x!qR";
	static final String DIRECTOR = "crashdirector";
	static final String AUDITOR = "crashauditor";
	static final String FIRST_PASSWORD = "Kq4!wZr8-first";
	static final String PASSWORD = "Vt9#mPs2-after";
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path work;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	final Ledger ledger = new Ledger();
	final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
	int starts;
	Process app;
	String base;

	@Test
	void everyAcknowledgedWriteSurvivesSigkillAndTheAuditTrailAgrees() throws Exception {
		String postgres = System.getenv("SPRING_DATASOURCE_URL");
		Path dataDir = work.resolve("data");
		if (postgres != null) {
			schema(postgres, "drop schema if exists crash cascade; create schema crash");
		}
		try {
			start(dataDir, postgres);
			setUpAccounts();
			int total = 0;
			for (int round = 1; round <= ROUNDS; round++) {
				int killAt = ThreadLocalRandom.current().nextInt(Math.max(1, WRITES / 4), WRITES + 1);
				long began = System.nanoTime();
				int acknowledged = drive(killAt);
				double seconds = (System.nanoTime() - began) / 1e9;
				total += acknowledged;
				start(dataDir, postgres);
				List<String> problems = check();
				String database = postgres != null ? "PostgreSQL"
						: WRITE_DELAY == null ? "H2" : "H2 WRITE_DELAY=" + WRITE_DELAY;
				System.out.printf("crash round %d/%d (%s): %d writes acknowledged before SIGKILL (%.1f/s), %d registered, "
						+ "%d edits, %d visits, %d work logs so far; lost or inconsistent: %d%n", round, ROUNDS, database,
						acknowledged, acknowledged / seconds, ledger.children.size(),
						ledger.edits.get(), ledger.visits.size(), ledger.workLogs.size(), problems.size());
				assertThat(unexpected).as("answers other than the expected 2xx/409").isEmpty();
				assertThat(problems).as("round " + round + ": acknowledged writes lost or half there").isEmpty();
			}
			if (postgres == null) {
				assertPrivate(dataDir);
			}
			System.out.printf("crash test: %d rounds, %d acknowledged writes, lost 0%n", ROUNDS, total);
		}
		finally {
			if (app != null) {
				app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			if (postgres != null) {
				schema(postgres, "drop schema if exists crash cascade");
			}
		}
	}

	// ---- the workload ----

	/** Clients write until the kill; answers the number of writes acknowledged (2xx) in this round. */
	private int drive(int killAt) throws Exception {
		String director = token(DIRECTOR, PASSWORD);
		AtomicInteger acknowledged = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		Process running = app;
		Runnable acknowledge = () -> {
			if (acknowledged.incrementAndGet() == killAt && killed.compareAndSet(false, true)) {
				running.destroyForcibly();
			}
		};
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				done.add(clients.submit(() -> {
					Map<Long, Long> versions = new HashMap<>();
					while (!killed.get()) {
						try {
							write(client, director, versions, acknowledge);
						}
						catch (IOException | InterruptedException connectionLost) {
							return null;
						}
					}
					return null;
				}));
			}
			for (Future<?> client : done) {
				client.get(30, TimeUnit.MINUTES);
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return acknowledged.get();
	}

	private void write(int client, String token, Map<Long, Long> versions, Runnable acknowledge)
			throws IOException, InterruptedException {
		List<Long> own = ledger.ownedBy(client);
		double pick = ThreadLocalRandom.current().nextDouble();
		if (own.size() < 2 || pick < 0.3) {
			register(client, token, acknowledge);
			return;
		}
		long child = own.get(ThreadLocalRandom.current().nextInt(own.size()));
		if (pick < 0.6) {
			edit(child, token, versions, acknowledge);
		}
		else if (pick < 0.8) {
			Answer answer = send(token, "POST", "/api/v1/children/" + child + "/visits", visit());
			if (expect(answer, 201, "visit")) {
				ledger.visits.put(answer.json().get("id").asLong(), child);
				acknowledge.run();
			}
		}
		else {
			Answer answer = send(token, "POST", "/api/v1/work-logs", """
					{"workedOn":"%s","content":"入户走访，了解学习和生活情况","childIds":[%d]}"""
				.formatted(LocalDate.now(CHINA).minusDays(1), child));
			if (expect(answer, 201, "work log")) {
				ledger.workLogs.add(answer.json().get("id").asLong());
				acknowledge.run();
			}
		}
	}

	private void register(int client, String token, Runnable acknowledge) throws IOException, InterruptedException {
		LocalDate born = LocalDate.of(2012, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
		String idNumber;
		do {
			idNumber = IdNumbers.random(born, Gender.MALE);
		}
		while (!ledger.usedIdNumbers.add(idNumber));
		Registered file = new Registered(client, idNumber, born);
		Answer answer = send(token, "POST", "/api/v1/children", file.json("凤州镇龙口村1组", null));
		if (expect(answer, 201, "registration")) {
			long id = answer.json().get("id").asLong();
			ledger.children.put(id, file);
			ledger.acknowledgedVersions.put(id, new Version(answer.json().get("version").asLong(), "凤州镇龙口村1组"));
			acknowledge.run();
		}
	}

	private void edit(long child, String token, Map<Long, Long> versions, Runnable acknowledge)
			throws IOException, InterruptedException {
		Long version = versions.get(child);
		if (version == null) {
			Answer current = send(token, "GET", "/api/v1/children/" + child, null);
			if (!expect(current, 200, "read before edit")) {
				return;
			}
			version = current.json().get("version").asLong();
		}
		String address = "凤州镇龙口村" + ThreadLocalRandom.current().nextInt(1, 1_000_000) + "号";
		Answer answer = send(token, "PUT", "/api/v1/children/" + child, ledger.children.get(child).json(address, version));
		if (answer.status() == 409) {
			// an edit of an earlier round was committed but its answer lost in the kill: read the version again
			versions.remove(child);
			return;
		}
		if (expect(answer, 200, "edit")) {
			long acknowledgedVersion = answer.json().get("version").asLong();
			versions.put(child, acknowledgedVersion);
			ledger.acknowledgedVersions.put(child, new Version(acknowledgedVersion, address));
			ledger.edits.incrementAndGet();
			acknowledge.run();
		}
	}

	private boolean expect(Answer answer, int status, String what) {
		if (answer.status() == status) {
			return true;
		}
		unexpected.add(what + ": " + answer.status() + " " + answer.body());
		return false;
	}

	// ---- the checks after a restart ----

	private List<String> check() throws IOException, InterruptedException {
		String director = token(DIRECTOR, PASSWORD);
		String auditor = token(AUDITOR, PASSWORD);
		List<String> problems = new ArrayList<>();
		Set<Long> present = ids(director, "/api/v1/children?villageCode=" + VILLAGE);
		Map<Long, Set<Long>> visitsByChild = new HashMap<>();
		for (Map.Entry<Long, Version> acknowledged : ledger.acknowledgedVersions.entrySet()) {
			long id = acknowledged.getKey();
			Answer file = send(director, "GET", "/api/v1/children/" + id, null);
			if (file.status() != 200) {
				problems.add("acknowledged registration of child " + id + " is gone (" + file.status() + ")");
				continue;
			}
			long version = file.json().get("version").asLong();
			Version expected = acknowledged.getValue();
			if (version < expected.version()) {
				problems.add("child " + id + " acknowledged at version " + expected.version() + ", back at " + version);
			}
			else if (version == expected.version() && !expected.address().equals(file.json().get("address").asString())) {
				problems.add("child " + id + " at version " + version + " lost the acknowledged address");
			}
		}
		for (long id : present) {
			int history = send(director, "GET", "/api/v1/children/" + id + "/history", null).json().size();
			int created = successes(auditor, "CHILD", id, "CREATE");
			int updated = successes(auditor, "CHILD", id, "UPDATE");
			if (history < 1 || created != 1 || updated != history - 1) {
				problems.add("child " + id + " half there: " + history + " history entries, " + created
						+ " CREATE and " + updated + " UPDATE success records");
			}
			Set<Long> visits = new HashSet<>();
			send(director, "GET", "/api/v1/children/" + id + "/visits", null).json()
				.forEach(visit -> visits.add(visit.get("id").asLong()));
			visitsByChild.put(id, visits);
		}
		Set<Long> allVisits = new HashSet<>();
		visitsByChild.values().forEach(allVisits::addAll);
		ledger.visits.forEach((visit, child) -> {
			if (!visitsByChild.getOrDefault(child, Set.of()).contains(visit)) {
				problems.add("acknowledged visit " + visit + " of child " + child + " is gone");
			}
		});
		Set<Long> workLogs = ids(director, "/api/v1/work-logs?regionCode=" + VILLAGE);
		for (long workLog : ledger.workLogs) {
			if (!workLogs.contains(workLog)) {
				problems.add("acknowledged work log " + workLog + " is gone");
			}
		}
		compare(problems, "child files", present, createdSubjects(auditor, "CHILD"));
		compare(problems, "visits", allVisits, createdSubjects(auditor, "VISIT"));
		compare(problems, "work logs", workLogs, createdSubjects(auditor, "WORK_LOG"));
		return problems;
	}

	/** What is stored and what the audit trail says was created must be the same sets. */
	private static void compare(List<String> problems, String what, Set<Long> stored, Set<Long> audited) {
		Set<Long> unaudited = new HashSet<>(stored);
		unaudited.removeAll(audited);
		Set<Long> missing = new HashSet<>(audited);
		missing.removeAll(stored);
		if (!unaudited.isEmpty()) {
			problems.add(what + " stored without their CREATE success record: " + unaudited);
		}
		if (!missing.isEmpty()) {
			problems.add(what + " named by a CREATE success record but not stored: " + missing);
		}
	}

	private int successes(String auditor, String subjectType, long id, String action)
			throws IOException, InterruptedException {
		int count = 0;
		for (JsonNode event : pages(auditor, "/api/v1/audit-events?subjectType=" + subjectType + "&subjectId=" + id
				+ "&action=" + action)) {
			if ("SUCCESS".equals(event.get("outcome").asString())) {
				count++;
			}
		}
		return count;
	}

	private Set<Long> createdSubjects(String auditor, String subjectType) throws IOException, InterruptedException {
		Set<Long> subjects = new HashSet<>();
		for (JsonNode event : pages(auditor, "/api/v1/audit-events?subjectType=" + subjectType + "&action=CREATE")) {
			if ("SUCCESS".equals(event.get("outcome").asString())) {
				subjects.add(Long.parseLong(event.get("subjectId").asString()));
			}
		}
		return subjects;
	}

	private Set<Long> ids(String token, String path) throws IOException, InterruptedException {
		Set<Long> ids = new HashSet<>();
		for (JsonNode item : pages(token, path)) {
			ids.add(item.get("id").asLong());
		}
		return ids;
	}

	private List<JsonNode> pages(String token, String path) throws IOException, InterruptedException {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			Answer answer = send(token, "GET", path + "&size=200&page=" + page, null);
			assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
			answer.json().get("items").forEach(items::add);
			if (!answer.json().get("hasNext").asBoolean()) {
				return items;
			}
		}
	}

	private static void assertPrivate(Path dataDir) throws IOException {
		if (!Files.getFileStore(dataDir).supportsFileAttributeView("posix")) {
			return;
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("shouhu.key"))))
			.isEqualTo("rw-------");
		// set at the last start, before the database opened
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("shouhu.mv.db"))))
			.isEqualTo("rw-------");
	}

	// ---- accounts ----

	private void setUpAccounts() throws IOException, InterruptedException {
		String admin = token("admin", ADMIN_PASSWORD);
		createUser(admin, DIRECTOR, "CHILD_DIRECTOR", VILLAGE);
		createUser(admin, AUDITOR, "AUDIT_ADMIN", TestVillages.COUNTY);
	}

	private void createUser(String admin, String username, String role, String jurisdiction)
			throws IOException, InterruptedException {
		Answer created = send(admin, "POST", "/api/v1/users", """
				{"username":"%s","displayName":"崩溃测试","password":"%s","roles":["%s"],"jurisdiction":"%s",
				 "department":null,"phone":null}""".formatted(username, FIRST_PASSWORD, role, jurisdiction));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String first = token(username, FIRST_PASSWORD);
		Answer changed = send(first, "POST", "/api/v1/auth/password",
				"{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(FIRST_PASSWORD, PASSWORD));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
	}

	private String token(String username, String password) throws IOException, InterruptedException {
		Answer answer = send(null, "POST", "/api/v1/auth/token",
				"{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("token").asString();
	}

	// ---- the child process ----

	private void start(Path dataDir, String postgres) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		base = "http://127.0.0.1:" + port;
		Path log = work.resolve("app-" + (++starts) + ".log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", applicationClassPath(),
				"org.shouhu.Application").redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(name -> name.startsWith("SHOUHU_") || name.startsWith("SPRING_"));
		env.put("SHOUHU_DATA_DIR", dataDir.toString());
		env.put("SHOUHU_REGIONS", TestVillages.COUNTY);
		env.put("SHOUHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.put("SERVER_PORT", String.valueOf(port));
		if (postgres == null && WRITE_DELAY != null) {
			env.put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + dataDir + "/shouhu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=" + WRITE_DELAY);
		}
		if (postgres != null) {
			env.put("SPRING_DATASOURCE_URL", postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=crash,public");
			env.put("SPRING_DATASOURCE_USERNAME", System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"));
			env.put("SPRING_DATASOURCE_PASSWORD", System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
		}
		app = builder.start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new AssertionError("the application ended at start (exit " + app.exitValue() + "):\n" + tail(log));
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
					.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the application did not become ready within " + START_TIMEOUT + ":\n" + tail(log));
	}

	/** The test JVM's class path (surefire's manifest-only jar expanded) without the test classes. */
	private static String applicationClassPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			Path path = Path.of(entry);
			Manifest manifest = null;
			if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
				try (JarFile jar = new JarFile(path.toFile())) {
					manifest = jar.getManifest();
				}
			}
			String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
			if (classPath != null && path.getFileName().toString().startsWith("surefire")) {
				URI dir = path.toAbsolutePath().getParent().toUri();
				for (String reference : classPath.trim().split("\\s+")) {
					entries.add(Paths.get(dir.resolve(reference)).toString());
				}
			}
			else {
				entries.add(entry);
			}
		}
		return String.join(java.io.File.pathSeparator,
				entries.stream().filter(entry -> !entry.replace('\\', '/').matches(".*/test-classes/?$")).toList());
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	private static void schema(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url,
				System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
				System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	// ---- HTTP ----

	private Answer send(String token, String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	record Answer(int status, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}
	}

	// ---- what was acknowledged ----

	record Registered(int client, String idNumber, LocalDate born) {

		String json(String address, Long version) {
			return """
					{%s"name":"王小明","idNumber":"%s","gender":"MALE","birthDate":"%s","ethnicity":"汉族",
					 "hukouRegistered":true,"hukouType":"RURAL","hukouAddress":"陕西省宝鸡市凤县",
					 "villageCode":"%s","address":"%s",
					 "health":{"status":"HEALTHY","disabilityType":null,"disabilityGrade":null,"illness":null},
					 "schooling":{"status":"PRIMARY","schoolName":"凤州镇中心小学","boarding":false},
					 "father":{"name":"王大","idNumber":null,"phone":"13800000000","birthDate":null,
					           "situations":[{"type":"OUT_MIGRANT","since":"2023-02-01","until":null}],
					           "workplace":"广东省深圳市"},
					 "mother":{"name":"李二","situations":[{"type":"OUT_MIGRANT"}],"workplace":"浙江省温州市"},
					 "caregiver":{"name":"王老汉","phone":"13900000000","relation":"PATERNAL_GRANDPARENT",
					              "address":"同住","confirmationSignedOn":"2024-03-10"},
					 "guardianship":"FAIR","livingAlone":false,"familyIncome":["WAGES","FARMING"],"familyAssistance":[]}"""
				.formatted(version == null ? "" : "\"version\":" + version + ",", idNumber, born, VILLAGE, address);
		}
	}

	record Version(long version, String address) {
	}

	static final class Ledger {

		final Map<Long, Registered> children = new ConcurrentHashMap<>();
		final Map<Long, Version> acknowledgedVersions = new ConcurrentHashMap<>();
		final Map<Long, Long> visits = new ConcurrentHashMap<>();
		final Set<Long> workLogs = ConcurrentHashMap.newKeySet();
		final Set<String> usedIdNumbers = ConcurrentHashMap.newKeySet();
		final AtomicInteger edits = new AtomicInteger();

		List<Long> ownedBy(int client) {
			return children.entrySet().stream().filter(e -> e.getValue().client() == client).map(Map.Entry::getKey)
				.sorted().toList();
		}
	}

	static String visit() {
		return """
				{"type":"CONTACT","method":"PHONE","visitedOn":"%s","metWith":["CHILD","CAREGIVER"],
				 "findings":{"safety":"NORMAL","health":"NORMAL","schooling":"NORMAL","psychology":"NORMAL",
				             "guardianship":"NORMAL"},
				 "problems":null,"actions":null,"followUpNeeded":false}""".formatted(LocalDate.now(CHINA).minusDays(1));
	}
}

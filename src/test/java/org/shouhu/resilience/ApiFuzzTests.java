package org.shouhu.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generator over the OpenAPI document: every operation that takes a JSON body or parameters gets wrong types,
 * missing and extra fields, boundary numbers, control characters, oversized values and broken JSON, as its own
 * caller would send them. No answer may be a 5xx; every 4xx answers a problem detail with a Chinese title and leaves
 * the data as it was; on a body that is valid as it stands, a wrong type or a control character in a field is
 * refused (400) naming the field. The seed is {@code -Dshouhu.fuzz.seed} (default fixed, so a failure repeats); the number of
 * mutations per operation {@code -Dshouhu.fuzz.perOperation}.
 */
@IntegrationTest
class ApiFuzzTests {

	private static final String COUNTY = UnusedRegions.county();
	private static final long SEED = Long.getLong("shouhu.fuzz.seed", 20261202L);
	private static final int PER_OPERATION = Integer.getInteger("shouhu.fuzz.perOperation", 60);
	/** Signing in and out and the own password would change who the generator is; they have their own tests. */
	private static final Set<String> SKIPPED = Set.of("/api/v1/auth/token", "/api/v1/auth/password");
	/** What a rejected request may still write: the audit record of the refusal and the caller's token use. */
	private static final Set<String> UNTRACKED = Set.of("audit_event", "api_token", "flyway_schema_history",
			"spring_session", "spring_session_attributes", "shedlock", "scheduled_job_lock");
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	private JsonNode document;
	private final Map<String, String> pathValues = new LinkedHashMap<>();
	/** Bodies that are accepted as they are, for the operations whose wrong fields must be named. */
	private final Map<String, JsonNode> validBodies = new LinkedHashMap<>();
	private String civilAffairs;
	private String securityAdmin;
	private String auditor;
	private String director;
	private String spareChild;
	private String fingerprintQuery;

	@BeforeEach
	void setUp() throws Exception {
		document = json.readTree(mvc.perform(get("/api/v1/openapi")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		CurrentUser officer = accounts.create("fuzzca", Set.of(Role.CIVIL_AFFAIRS), COUNTY);
		CurrentUser security = accounts.create("fuzzsec", Set.of(Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN), COUNTY);
		CurrentUser audit = accounts.create("fuzzaud", Set.of(Role.AUDIT_ADMIN), COUNTY);
		civilAffairs = accounts.bearer(officer);
		securityAdmin = accounts.bearer(security);
		auditor = accounts.bearer(audit);
		String village = unused.village(COUNTY);
		CurrentUser victim = accounts.create("fuzzvictim", Set.of(Role.CHILD_DIRECTOR), village);
		long child = care.register(officer, Children.leftBehindWithGrandparents().village(village).build());
		spareChild = String.valueOf(care.register(officer, Children.leftBehindWithGrandparents().village(village)
			.build()));
		director = accounts.bearer(accounts.create("fuzzdir", Set.of(Role.CHILD_DIRECTOR), village));
		pathValues.put("/children/", String.valueOf(child));
		pathValues.put("/users/", String.valueOf(victim.id()));
		pathValues.put("code", COUNTY);
		fingerprintQuery = fingerprintQuery();
		String today = Children.today().toString();
		validBodies.put("POST /api/v1/children", json.valueToTree(Children.leftBehindWithGrandparents()
			.village(village).build()));
		validBodies.put("POST /api/v1/work-logs", json.readTree("{\"workedOn\":\"" + today
				+ "\",\"content\":\"电话联系监护人\",\"childIds\":[" + child + "]}"));
		validBodies.put("POST /api/v1/children/{childId}/visits", json.readTree("{\"type\":\"CONTACT\","
				+ "\"method\":\"PHONE\",\"visitedOn\":\"" + today + "\",\"metWith\":[\"CHILD\"],\"findings\":"
				+ "{\"safety\":\"NORMAL\",\"health\":\"NORMAL\",\"schooling\":\"NORMAL\",\"psychology\":\"NORMAL\","
				+ "\"guardianship\":\"NORMAL\"},\"problems\":\"无\",\"actions\":\"无\",\"followUpNeeded\":false}"));
		validBodies.put("POST /api/v1/children/{childId}/interventions", json.readTree("{\"type\":\"ADMONITION\","
				+ "\"startedOn\":\"" + today + "\",\"actingUnit\":\"村民委员会\",\"note\":\"劝诫\"}"));
		validBodies.put("PUT /api/v1/visit-policies/{countyCode}",
				json.readTree("{\"contactDays\":7,\"homeVisitDays\":30,\"closeAttentionHomeVisitDays\":15}"));
		validBodies.put("POST /api/v1/reports", json.readTree("{\"situation\":\"ABANDONMENT_OR_NEGLECT\","
				+ "\"description\":\"儿童独自在家无人照料\",\"occurredOn\":\"" + today + "\","
				+ "\"reporterType\":\"VILLAGE_COMMITTEE\",\"reporterName\":\"王某\",\"reporterPhone\":\"13800138000\","
				+ "\"childId\":" + child + "}"));
		validBodies.put("PUT /api/v1/report-policies/{countyCode}", json.readTree("{\"acceptWithinMinutes\":60}"));
		long moving = care.register(officer, Children.leftBehindWithGrandparents().village(village).build());
		validBodies.put("POST /api/v1/transfers", json.readTree("{\"childId\":" + moving + ",\"toVillageCode\":\""
				+ unused.village(COUNTY) + "\",\"reason\":\"随父母迁居\"}"));
	}

	@Test
	void noOperationAnswers5xxAndNoRefusedRequestChangesData() throws Exception {
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int sent = 0;
		List<Map.Entry<String, JsonNode>> paths = new ArrayList<>(document.path("paths").properties());
		for (Map.Entry<String, JsonNode> path : paths) {
			if (SKIPPED.contains(path.getKey())) {
				continue;
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				if (method == HttpMethod.DELETE) {
					continue;
				}
				List<Probe> probes = probes(path.getKey(), method, operation.getValue(), random);
				List<Probe> sample = new ArrayList<>(probes.stream().filter(p -> p.refusedField() == null).toList());
				Collections.shuffle(sample, random);
				sample = new ArrayList<>(sample.subList(0, Math.min(PER_OPERATION, sample.size())));
				sample.addAll(probes.stream().filter(p -> p.refusedField() != null).toList());
				for (Probe probe : sample) {
					sent++;
					String failure = send(probe);
					if (failure != null) {
						failures.add(failure);
					}
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(500);
		assertThat(failures).as("seed %d: %d of %d requests", SEED, failures.size(), sent).isEmpty();
	}

	/** One request the generator sends: what it is, for the failure message, and how. */
	private record Probe(String label, HttpMethod method, URI uri, String contentType, String body,
			String refusedField) {

		Probe(String label, HttpMethod method, URI uri, String contentType, String body) {
			this(label, method, uri, contentType, body, null);
		}
	}

	/** A wrong value for a field; {@code refused}: a valid body with it must be refused naming the field. */
	private record Wrong(JsonNode value, boolean refused) {
	}

	private String send(Probe probe) throws Exception {
		String before = fingerprint();
		var builder = request(probe.method(), probe.uri()).header("Authorization", caller(probe.uri().getPath()));
		if (probe.body() != null) {
			builder.contentType(probe.contentType()).content(probe.body().getBytes(StandardCharsets.UTF_8));
		}
		MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
		int status = response.getStatus();
		String where = probe.method() + " " + probe.uri() + " [" + probe.label() + "] → " + status;
		if (status >= 500) {
			return where + " " + abbreviated(response.getContentAsString(StandardCharsets.UTF_8));
		}
		if (probe.refusedField() != null) {
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			if (status != 400) {
				return where + " accepted: expected 400 naming " + probe.refusedField() + " " + abbreviated(body);
			}
			String leaf = probe.refusedField().substring(probe.refusedField().lastIndexOf('.') + 1);
			boolean named = false;
			for (JsonNode error : json.readTree(body).path("errors")) {
				named |= error.path("field").asString().contains(leaf);
			}
			if (!named) {
				return where + " refused without naming " + probe.refusedField() + ": " + abbreviated(body);
			}
		}
		if (status >= 400) {
			if (!fingerprint().equals(before)) {
				return where + " changed stored data";
			}
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			if (status != 405 && status != 406 && !body.isEmpty()
					&& !json.readTree(body).path("title").asString().codePoints().anyMatch(ApiFuzzTests::isHan)) {
				return where + " without a Chinese title: " + abbreviated(body);
			}
		}
		return null;
	}

	private String caller(String path) {
		if (path.startsWith("/api/v1/work-logs")) {
			return director;
		}
		if (path.startsWith("/api/v1/users")) {
			return securityAdmin;
		}
		return path.startsWith("/api/v1/audit-events") ? auditor : civilAffairs;
	}

	private List<Probe> probes(String template, HttpMethod method, JsonNode operation, Random random) {
		List<Probe> probes = new ArrayList<>();
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, JsonNode> query = new LinkedHashMap<>();
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.path("name").asString();
			if ("path".equals(parameter.path("in").asString())) {
				path.put(name, pathValue(template, name));
			} else if ("query".equals(parameter.path("in").asString())) {
				query.put(name, resolve(parameter.path("schema")));
			}
		}
		for (String name : path.keySet()) {
			for (String wrong : List.of("0", "-1", "99999999999999999999", "abc", "1.5", " ", "%00", "１２")) {
				Map<String, String> mutated = new LinkedHashMap<>(path);
				mutated.put(name, wrong);
				probes.add(new Probe("path " + name + "=" + wrong, method, uri(template, mutated, Map.of()), null, null));
			}
		}
		for (Map.Entry<String, JsonNode> parameter : query.entrySet()) {
			for (String wrong : wrongQueryValues(parameter.getValue())) {
				probes.add(new Probe("query " + parameter.getKey(), method,
						uri(template, path, Map.of(parameter.getKey(), wrong)), null, null));
			}
		}
		JsonNode schema = resolve(operation.path("requestBody").path("content").path("application/json")
			.path("schema"));
		if (!schema.isMissingNode()) {
			URI uri = uri(template, path, Map.of());
			JsonNode known = validBodies.get(method + " " + template);
			JsonNode valid = known != null ? known : example(schema, 0);
			probes.addAll(bodies(schema, valid, known != null, random).stream()
				.map(body -> new Probe(body.label(), method, uri, "application/json", body.body(), body.refusedField()))
				.toList());
			probes.add(new Probe("text/plain", method, uri, "text/plain", valid.toString()));
		}
		return probes;
	}

	private String pathValue(String template, String name) {
		if (template.matches(".*/(exit|keep|reactivate)$")) {
			return spareChild;
		}
		for (Map.Entry<String, String> known : pathValues.entrySet()) {
			if (template.contains(known.getKey() + "{" + name + "}") || known.getKey().equals(name)
					|| name.toLowerCase().endsWith(known.getKey())) {
				return known.getValue();
			}
		}
		return "1";
	}

	private static URI uri(String template, Map<String, String> path, Map<String, String> query) {
		String filled = template;
		for (Map.Entry<String, String> value : path.entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}",
					value.getValue().equals("%00") ? "%00" : UriComponentsBuilder.fromPath(value.getValue())
						.encode().build().toUriString());
		}
		StringBuilder uri = new StringBuilder(filled);
		char separator = '?';
		for (Map.Entry<String, String> value : query.entrySet()) {
			uri.append(separator).append(value.getKey()).append('=')
				.append(java.net.URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return URI.create(uri.toString());
	}

	private static List<String> wrongQueryValues(JsonNode schema) {
		List<String> values = new ArrayList<>(List.of("abc", "-1", "2147483648", "99999999999999999999", "1e400",
				"\u0000", "\u202E测试", "密".repeat(300), ""));
		if (!schema.path("enum").isMissingNode()) {
			values.add("smile");
		}
		return values;
	}

	private record Body(String label, String body, String refusedField) {
	}

	/**
	 * The body variants of one operation: the body itself, broken JSON, then every field (and every field of a nested
	 * object) missing and made wrong. On a valid body, a wrong type or a control character must be refused naming the
	 * field.
	 */
	private List<Body> bodies(JsonNode schema, JsonNode valid, boolean validBase, Random random) {
		List<Body> bodies = new ArrayList<>();
		bodies.add(new Body("base", valid.toString(), null));
		bodies.add(new Body("empty body", "", null));
		bodies.add(new Body("not JSON", "this is not json", null));
		bodies.add(new Body("truncated", valid.toString().substring(0, Math.max(1, valid.toString().length() / 2)),
				null));
		bodies.add(new Body("array instead of object", "[" + valid + "]", null));
		bodies.add(new Body("number instead of object", "123", null));
		bodies.add(new Body("null body", "null", null));
		bodies.add(new Body("deep nesting", "[".repeat(5000) + "]".repeat(5000), null));
		if (valid instanceof ObjectNode object) {
			ObjectNode extra = object.deepCopy();
			extra.put("unexpectedField", "x");
			bodies.add(new Body("extra field", extra.toString(), null));
			bodies.add(new Body("empty object", "{}", null));
			for (String field : fields(schema)) {
				JsonNode fieldSchema = resolve(resolve(schema).path("properties").path(field));
				ObjectNode missing = object.deepCopy();
				missing.remove(field);
				bodies.add(new Body(field + " missing", missing.toString(), null));
				for (Map.Entry<String, Wrong> wrong : wrongValues(fieldSchema, random).entrySet()) {
					ObjectNode mutated = object.deepCopy();
					mutated.set(field, wrong.getValue().value());
					bodies.add(new Body(field + " " + wrong.getKey(), mutated.toString(),
							validBase && wrong.getValue().refused() && object.has(field) ? field : null));
				}
				if (object.path(field) instanceof ObjectNode inner) {
					for (String innerField : fields(fieldSchema)) {
						JsonNode innerSchema = resolve(resolve(fieldSchema).path("properties").path(innerField));
						for (Map.Entry<String, Wrong> wrong : wrongValues(innerSchema, random).entrySet()) {
							ObjectNode mutated = object.deepCopy();
							ObjectNode mutatedInner = inner.deepCopy();
							mutatedInner.set(innerField, wrong.getValue().value());
							mutated.set(field, mutatedInner);
							bodies.add(new Body(field + "." + innerField + " " + wrong.getKey(), mutated.toString(),
									validBase && wrong.getValue().refused() && inner.has(innerField)
											? field + "." + innerField : null));
						}
					}
				}
			}
		}
		return bodies;
	}

	private List<String> fields(JsonNode schema) {
		List<String> names = new ArrayList<>();
		resolve(schema).path("properties").propertyNames().forEach(names::add);
		return names;
	}

	private Map<String, Wrong> wrongValues(JsonNode schema, Random random) {
		Map<String, Wrong> wrong = new LinkedHashMap<>();
		String type = type(schema);
		wrong.put("null", new Wrong(NODES.nullNode(), false));
		switch (type) {
			case "string" -> {
				wrong.put("number", new Wrong(NODES.numberNode(1), true));
				wrong.put("zero", new Wrong(NODES.numberNode(0), true));
				wrong.put("boolean", new Wrong(NODES.booleanNode(true), true));
				wrong.put("array", new Wrong(NODES.arrayNode().add("测试"), true));
				wrong.put("object", new Wrong(NODES.objectNode().put("a", 1), true));
				wrong.put("date-like number", new Wrong(NODES.numberNode(20150301), true));
				wrong.put("NUL", new Wrong(NODES.stringNode("\u0000"), true));
				wrong.put("bidi override", new Wrong(NODES.stringNode("\u202E测试"), true));
				wrong.put("bell", new Wrong(NODES.stringNode("a\u0007b"), true));
				wrong.put("blank", new Wrong(NODES.stringNode("   "), false));
				wrong.put("oversized", new Wrong(NODES.stringNode("密".repeat(100_000)), false));
				wrong.put("malformed date", new Wrong(NODES.stringNode("2015-02-30"), false));
				wrong.put("unpaired surrogate", new Wrong(NODES.stringNode("\uD800x"), false));
			}
			case "integer", "number" -> {
				wrong.put("string", new Wrong(NODES.stringNode("abc"), true));
				wrong.put("numeric string", new Wrong(NODES.stringNode("1"), false));
				wrong.put("boolean", new Wrong(NODES.booleanNode(true), true));
				wrong.put("object", new Wrong(NODES.objectNode().put("a", 1), true));
				wrong.put("negative", new Wrong(NODES.numberNode(-1), false));
				wrong.put("zero", new Wrong(NODES.numberNode(0), false));
				wrong.put("int overflow", new Wrong(NODES.numberNode(2147483648L), false));
				wrong.put("long overflow", new Wrong(NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
						false));
				wrong.put("fraction", new Wrong(NODES.numberNode(1.5), false));
				wrong.put("huge double", new Wrong(NODES.numberNode(1e308), false));
			}
			case "boolean" -> {
				wrong.put("number", new Wrong(NODES.numberNode(2), true));
				wrong.put("string", new Wrong(NODES.stringNode("yes"), true));
			}
			case "array" -> {
				wrong.put("string", new Wrong(NODES.stringNode("测试"), true));
				wrong.put("object", new Wrong(NODES.objectNode().put("a", 1), true));
				boolean numbers = Set.of("integer", "number").contains(type(resolve(schema.path("items"))));
				wrong.put("array of wrong items", new Wrong(numbers ? NODES.arrayNode().add("x")
						: NODES.arrayNode().add(1).add(2), true));
				ArrayNode many = NODES.arrayNode();
				JsonNode item = example(resolve(schema.path("items")), 1);
				for (int i = 0; i < 20_000; i++) {
					many.add(item);
				}
				wrong.put("20000 items", new Wrong(many, false));
				wrong.put("array of nulls", new Wrong(NODES.arrayNode().addNull(), false));
			}
			case "object" -> {
				wrong.put("string", new Wrong(NODES.stringNode("测试"), true));
				wrong.put("array", new Wrong(NODES.arrayNode(), true));
			}
			default -> wrong.put("number", new Wrong(NODES.numberNode(random.nextInt()), false));
		}
		return wrong;
	}

	/** A value of the schema's shape: what a client that read only the document would send. */
	private JsonNode example(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		JsonNode values = resolved.path("enum");
		if (values.isArray() && !values.isEmpty()) {
			return values.get(0);
		}
		String format = resolved.path("format").asString();
		return switch (type(resolved)) {
			case "string" -> NODES.stringNode(switch (format) {
				case "date" -> "2026-01-05";
				case "date-time" -> "2026-01-05T08:00:00+08:00";
				default -> "测试";
			});
			case "integer" -> NODES.numberNode(1);
			case "number" -> NODES.numberNode(1.0);
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(example(resolved.path("items"),
					depth + 1));
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth <= 3) {
					for (String field : fields(resolved)) {
						object.set(field, example(resolved.path("properties").path(field), depth + 1));
					}
				}
				yield object;
			}
			default -> NODES.nullNode();
		};
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : schema.has("items") ? "array" : "";
	}

	private JsonNode resolve(JsonNode schema) {
		return resolveStatic(schema, document);
	}

	private static JsonNode resolveStatic(JsonNode schema, JsonNode document) {
		JsonNode current = schema;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String ref = current.path("$ref").asString();
			current = document.at(ref.substring(1));
		}
		if (current.has("allOf") && current.path("allOf").size() == 1) {
			return resolveStatic(current.path("allOf").get(0), document);
		}
		JsonNode oneOf = current.has("oneOf") ? current.path("oneOf") : current.path("anyOf");
		if (oneOf.isArray() && !oneOf.isEmpty()) {
			for (JsonNode each : oneOf) {
				if (!"null".equals(each.path("type").asString())) {
					return resolveStatic(each, document);
				}
			}
		}
		return current;
	}

	/** Row counts and version sums of every table a rejected request must leave alone. */
	private String fingerprint() {
		return String.valueOf(jdbc.queryForMap(fingerprintQuery).values());
	}

	private String fingerprintQuery() {
		List<Map<String, Object>> columns = jdbc.queryForList("select lower(table_name) t, lower(column_name) c"
				+ " from information_schema.columns where lower(table_schema) = lower(current_schema())");
		Map<String, Set<String>> tables = columns.stream().collect(Collectors.groupingBy(
				row -> (String) row.get("t"), java.util.TreeMap::new,
				Collectors.mapping(row -> (String) row.get("c"), Collectors.toSet())));
		Function<Map.Entry<String, Set<String>>, String> measure = table -> "(select count(*)"
				+ (table.getValue().contains("version") ? " + coalesce(sum(version), 0)" : "")
				+ (table.getValue().contains("updated_at") ? " + count(distinct updated_at)" : "") + " from "
				+ table.getKey() + ") as " + table.getKey();
		return "select " + tables.entrySet().stream()
			.filter(table -> !UNTRACKED.contains(table.getKey()) && !table.getKey().startsWith("region"))
			.map(measure)
			.collect(Collectors.joining(", "));
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static String abbreviated(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}
}

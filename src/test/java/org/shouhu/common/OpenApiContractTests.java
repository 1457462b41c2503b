package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.testing.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code /api/v1/openapi} as API.md's conventions say, for every operation, including the next one added: a
 * summary, a stable operationId, the bearer scheme or an explicit {@code security: []}, problem responses as
 * {@code application/problem+json}, JSON media types only and the real success status. The full lint is a manual
 * command: {@code npx --yes @redocly/cli@latest lint http://localhost:8080/api/v1/openapi} against a running instance,
 * or on the document this test writes with {@code -Dopenapi.dump=target/openapi.json}.
 */
@IntegrationTest
class OpenApiContractTests {

	/** The operations anyone may call without a token (SecurityConfiguration permits them). */
	static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/token", "GET /api/v1/regions/{code}",
			"GET /api/v1/regions/{code}/children");

	/** Creations answer 201. */
	static final Set<String> CREATIONS = Set.of("POST /api/v1/children", "POST /api/v1/users",
			"POST /api/v1/work-logs", "POST /api/v1/children/{childId}/visits", "POST /api/v1/children/{id}/assessments");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Messages messages;

	JsonNode document;

	@BeforeEach
	void read() throws Exception {
		String body = mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		document = json.readTree(body);
		String dump = System.getProperty("openapi.dump");
		if (dump != null) {
			Files.writeString(Path.of(dump), body);
		}
	}

	@Test
	void theBrowsableDocsOpenWithoutAToken() throws Exception {
		String location = mvc.perform(get("/api/v1/docs")).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(location).isNotNull();
		String page = mvc.perform(get(java.net.URI.create(location).getPath())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).containsIgnoringCase("swagger");
	}

	@Test
	void isOpenApi31WithInfoServerAndBearerScheme() {
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		JsonNode info = document.path("info");
		assertThat(info.path("description").asString()).isNotBlank();
		assertThat(info.path("license").path("name").asString()).isNotBlank();
		assertThat(info.path("contact").path("name").asString()).isNotBlank();
		assertThat(document.path("servers").size()).isPositive();
		JsonNode bearer = document.path("components").path("securitySchemes").path("bearer");
		assertThat(bearer.path("type").asString()).isEqualTo("http");
		assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
		assertThat(document.path("security").toString()).isEqualTo("[{\"bearer\":[]}]");
		JsonNode problem = document.path("components").path("schemas").path("ProblemDetail").path("properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "errors");
		assertThat(problem.path("errors").path("items").path("$ref").asString())
			.isEqualTo("#/components/schemas/FieldProblem");
	}

	@Test
	void everyOperationIsDescribedForClients() {
		List<String> defects = new ArrayList<>();
		Set<String> operationIds = new HashSet<>();
		Set<String> publicFound = new HashSet<>();
		operations((name, operation) -> {
			if (operation.path("summary").asString("").isBlank()) {
				defects.add(name + ": no summary");
			}
			String operationId = operation.path("operationId").asString("");
			if (!operationId.matches("[a-z][A-Za-z]+")) {
				defects.add(name + ": operationId '" + operationId + "' is not set with @Operation(operationId)");
			}
			if (!operationIds.add(operationId)) {
				defects.add(name + ": operationId '" + operationId + "' is used twice");
			}
			JsonNode security = operation.path("security");
			boolean open = security.isArray() && security.isEmpty();
			if (open) {
				publicFound.add(name);
			}
			else if (!security.isMissingNode() && !security.toString().contains("\"bearer\"")) {
				defects.add(name + ": security neither the bearer scheme nor explicitly public");
			}
			if (open != PUBLIC.contains(name)) {
				defects.add(name + (open ? ": declared public but needs a token" : ": public but not declared so"));
			}
			JsonNode responses = operation.path("responses");
			List<String> codes = new ArrayList<>(responses.propertyNames());
			if (codes.stream().noneMatch(code -> code.startsWith("4"))) {
				defects.add(name + ": no 4xx response");
			}
			if (!open && !codes.contains("401")) {
				defects.add(name + ": secured but no 401");
			}
			codes.stream().filter(code -> code.startsWith("4")).forEach(code -> {
				JsonNode content = resolve(responses.path(code)).path("content");
				if (!List.copyOf(content.propertyNames()).equals(List.of(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
						|| !content.path(MediaType.APPLICATION_PROBLEM_JSON_VALUE).path("schema").path("$ref")
							.asString("").equals("#/components/schemas/ProblemDetail")) {
					defects.add(name + ": " + code + " is not an application/problem+json ProblemDetail");
				}
			});
			List<String> successes = codes.stream().filter(code -> code.startsWith("2")).toList();
			if (successes.size() != 1) {
				defects.add(name + ": success responses " + successes + " (one expected)");
			}
			if (CREATIONS.contains(name) && !successes.equals(List.of("201"))) {
				defects.add(name + ": a creation documented as " + successes + ", not 201");
			}
			if (operation.toString().contains("*/*")) {
				defects.add(name + ": a */* media type");
			}
		});
		assertThat(defects).isEmpty();
		assertThat(publicFound).isEqualTo(PUBLIC);
		assertThat(operationIds).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void registeringAChildIsDocumentedAs201WithTheFile() {
		JsonNode responses = document.path("paths").path("/api/v1/children").path("post").path("responses");
		assertThat(responses.has("200")).isFalse();
		assertThat(responses.path("201").path("content").path("application/json").path("schema").path("$ref")
			.asString()).isEqualTo("#/components/schemas/ChildView");
		assertThat(resolve(responses.path("409")).path("description").asString()).contains("ID number");
		assertThat(resolve(responses.path("400")).path("description").asString()).contains("errors");
	}

	@Test
	void pagedListsDocumentTheirPagingBounds() {
		JsonNode size = parameter("/api/v1/children", "size");
		assertThat(size.path("schema").path("minimum").asInt()).isEqualTo(1);
		assertThat(size.path("schema").path("maximum").asInt()).isEqualTo(Paging.MAX_SIZE);
		assertThat(parameter("/api/v1/work-logs", "page").path("schema").path("minimum").asInt()).isZero();
	}

	/** What the document says about tokens holds: secured operations refuse a call without one, public ones don't. */
	@Test
	void securityAsDocumentedIsEnforced() throws Exception {
		String unauthenticated = messages.get("common.problem.unauthenticated");
		List<String> defects = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				boolean open = operation.getValue().path("security").isArray()
						&& operation.getValue().path("security").isEmpty();
				var call = request(HttpMethod.valueOf(operation.getKey().toUpperCase()),
						path.getKey().replaceAll("\\{[^}]+}", "1"));
				if (operation.getValue().has("requestBody")) {
					call.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"nobody\",\"password\":\"-\"}");
				}
				var response = mvc.perform(call).andReturn().getResponse();
				boolean refused = response.getStatus() == 401
						&& response.getContentAsString(StandardCharsets.UTF_8).contains(unauthenticated);
				if (refused == open) {
					defects.add(name + (open ? ": documented public, refused without a token"
							: ": documented secured, answered " + response.getStatus() + " without a token"));
				}
			}
		}
		assertThat(defects).isEmpty();
	}

	private void operations(BiConsumer<String, JsonNode> check) {
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
			}
		}
	}

	private JsonNode parameter(String path, String name) {
		for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters").values()) {
			if (name.equals(parameter.path("name").asString())) {
				return parameter;
			}
		}
		throw new AssertionError(path + " has no parameter " + name);
	}

	/** A response, or the component its {@code $ref} names. */
	private JsonNode resolve(JsonNode response) {
		String ref = response.path("$ref").asString("");
		if (ref.isEmpty()) {
			return response;
		}
		return document.path("components").path("responses").path(ref.substring(ref.lastIndexOf('/') + 1));
	}
}

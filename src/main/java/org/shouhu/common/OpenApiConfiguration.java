package org.shouhu.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The API's own description at {@code /api/v1/openapi} (API.md conventions; kept so by {@code OpenApiContractTests}).
 * What every operation shares is added here, by the kind of operation: the bearer scheme for all but those marked
 * public with an empty {@link SecurityRequirements @SecurityRequirements}, and the problem responses (400 where it
 * takes input, 401 and 403 where it is secured, 404 where it has a path variable, 409 for every {@code PUT}: a stale
 * version), all as {@code application/problem+json}. What is specific stays on the controller method:
 * {@code @Operation(summary, operationId)}, {@code @ResponseStatus} for 201/202/204, {@link ConflictWhen} for a 409
 * and {@code @ApiResponse} for what else only that operation answers (the token's 401 and 423).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";
	static final String PROBLEM = "ProblemDetail";
	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	/** Secured operations every signed-in user may call: they answer no 403. */
	static final Set<String> ANY_SIGNED_IN_USER = Set.of("getCurrentUser", "changeOwnPassword", "revokeToken");

	/** The shared problem responses by status: component name and description. */
	private static final Map<String, String[]> PROBLEMS = new LinkedHashMap<>();

	static {
		PROBLEMS.put("400", new String[] { "BadRequest",
				"Invalid input; nothing was changed. `errors` names each field (JSON path) with a Chinese message." });
		PROBLEMS.put("401", new String[] { "Unauthorized",
				"No bearer token, or the token is invalid or expired (30 minutes without use)." });
		PROBLEMS.put("403", new String[] { "Forbidden", "The caller's role may not do this." });
		PROBLEMS.put("404", new String[] { "NotFound",
				"Unknown, or outside the caller's jurisdiction (the two are never told apart)." });
		PROBLEMS.put("409", new String[] { "Conflict",
				"Conflict: a duplicate, a stale version, or a transition the current status does not allow." });
	}

	@Bean
	OpenAPI shouhuOpenApi() {
		Components components = new Components()
			.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
				.bearerFormat("opaque")
				.description("A token from `POST /api/v1/auth/token`, sent as `Authorization: Bearer <token>`."))
			.addSchemas("FieldProblem", new ObjectSchema().description("One invalid input field.")
				.addProperty("field", new StringSchema().description("JSON path, e.g. `father.situations[0].type`"))
				.addProperty("message", new StringSchema().description("Chinese message"))
				.required(List.of("field", "message")))
			.addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details, in Chinese.")
				.addProperty("type", new StringSchema().example("about:blank"))
				.addProperty("title", new StringSchema().description("Chinese title"))
				.addProperty("status", new IntegerSchema().description("HTTP status"))
				.addProperty("detail", new StringSchema().description("Chinese message for the user"))
				.addProperty("instance", new StringSchema().description("The request path"))
				.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
					.description("400 only: every invalid field"))
				.required(List.of("title", "status", "detail")));
		return new OpenAPI()
			.info(new Info().title("Shouhu API").version("v1")
				.description("""
						Integration API of Shouhu, the information system for the care and protection of rural \
						left-behind children and children in difficulty. The contract is the project's API.md; \
						this document is generated by the running application. Errors are RFC 9457 problem \
						details with Chinese title and detail; lists are paged with `page` (from 0) and `size` \
						(1-200).""")
				.license(new License().name("Proprietary").identifier("LicenseRef-Proprietary"))
				.contact(new Contact().name("System administrator of this Shouhu instance")))
			.servers(List.of(new Server().url("/").description("This Shouhu instance")))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/**
	 * Operations marked public ({@code @SecurityRequirements} with no requirement) declare {@code security: []};
	 * {@link ConflictWhen} adds the operation's 409. An operationId not chosen with {@code @Operation} is marked
	 * {@code undeclared_}: clients generate names from it, so it must not change with a Java method's name.
	 */
	@Bean
	OperationCustomizer operationAnnotations() {
		return (operation, handler) -> {
			io.swagger.v3.oas.annotations.Operation declared = handler
				.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
			if (declared == null || declared.operationId().isBlank()) {
				operation.setOperationId("undeclared_" + handler.getMethod().getName());
			}
			ConflictWhen conflict = handler.getMethodAnnotation(ConflictWhen.class);
			if (conflict != null) {
				operation.getResponses().addApiResponse("409",
						new ApiResponse().description(conflict.value()).content(problemContent()));
			}
			SecurityRequirements marker = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
					SecurityRequirements.class);
			if (marker == null) {
				marker = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), SecurityRequirements.class);
			}
			if (marker != null && marker.value().length == 0) {
				operation.setSecurity(new ArrayList<>());
			}
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer sharedResponses() {
		return api -> {
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> complete(api.getComponents(), method, operation)));
		};
	}

	private static void complete(Components components, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.values().forEach(OpenApiConfiguration::jsonOnly);
		if (operation.getRequestBody() != null) {
			operation.getRequestBody().setContent(json(operation.getRequestBody().getContent()));
		}
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		parameters.forEach(OpenApiConfiguration::pagingBounds);
		boolean takesInput = operation.getRequestBody() != null || parameters.stream()
			.anyMatch(p -> "query".equals(p.getIn()) || ("path".equals(p.getIn()) && !isString(p.getSchema())));
		boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
		if (takesInput) {
			problem(components, responses, "400");
		}
		if (secured) {
			problem(components, responses, "401");
			if (!ANY_SIGNED_IN_USER.contains(operation.getOperationId())) {
				problem(components, responses, "403");
			}
		}
		if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
			problem(components, responses, "404");
		}
		if (method == PathItem.HttpMethod.PUT) {
			problem(components, responses, "409");
		}
		responses.forEach((status, response) -> {
			if (status.startsWith("4") && response.get$ref() == null) {
				response.setContent(problemContent());
			}
		});
	}

	/** Adds the shared response (and its component, on first use) unless the operation documents that status. */
	private static void problem(Components components, ApiResponses responses, String status) {
		if (responses.containsKey(status)) {
			return;
		}
		String[] problem = PROBLEMS.get(status);
		if (components.getResponses() == null || !components.getResponses().containsKey(problem[0])) {
			components.addResponses(problem[0], new ApiResponse().description(problem[1]).content(problemContent()));
		}
		responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + problem[0]));
	}

	private static void jsonOnly(ApiResponse response) {
		if (response.getContent() != null) {
			response.setContent(json(response.getContent()));
		}
	}

	/** Springdoc types a body it cannot narrow as {@code *}{@code /*}: every body of this API is JSON. */
	private static Content json(Content content) {
		if (content == null || !content.containsKey("*/*")) {
			return content;
		}
		Content narrowed = new Content();
		content.forEach((type, media) -> narrowed.addMediaType("*/*".equals(type) ? JSON : type, media));
		return narrowed;
	}

	private static void pagingBounds(Parameter parameter) {
		if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
			return;
		}
		if ("page".equals(parameter.getName())) {
			parameter.getSchema().setMinimum(java.math.BigDecimal.ZERO);
			parameter.setDescription("Page number, from 0");
		}
		else if ("size".equals(parameter.getName())) {
			parameter.getSchema().setMinimum(java.math.BigDecimal.ONE);
			parameter.getSchema().setMaximum(java.math.BigDecimal.valueOf(Paging.MAX_SIZE));
			parameter.setDescription("Rows per page");
		}
	}

	private static boolean isString(Schema<?> schema) {
		return schema != null && ("string".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().contains("string")));
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}
}

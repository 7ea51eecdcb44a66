package app.distribu.platform.web.apidocs;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every public endpoint has in common, added to the description springdoc derives
 * from the controllers: the API key scheme, and the RFC 9457 problem answers the gateway
 * and {@code ProblemDetailsAdvice} give. Each operation lists the errors it can really
 * answer:
 * <ul>
 * <li>401, 403, 429 and 503 everywhere (key, scope, rate limit, the gateway or a service
 * this one needs briefly unavailable);</li>
 * <li>400 where there is anything to get wrong (a body, a path or query parameter);</li>
 * <li>404 where the path names a resource;</li>
 * <li>413 where there is a body;</li>
 * <li>any other error the controller method declares with
 * {@code @ApiResponse(responseCode = "409", description = "...")}, such as 409 and
 * 422.</li>
 * </ul>
 * Every error answer is {@code application/problem+json}. The gateway merges the
 * services' descriptions.
 */
public class ApiDocumentation implements OpenApiCustomizer {

	/** Internal on purpose: the public, merged document is the gateway's. */
	public static final String PATH = "/internal/openapi";

	static final String SCHEME = "apiKey";

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		components.addSecuritySchemes(SCHEME,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("dk_…")
					.description("An API key from Settings → API keys: `Authorization: Bearer dk_...`"));
		components.addSchemas(PROBLEM, problemSchema());
		openApi.setComponents(components);
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> describeErrors(path, operation)));
	}

	private static void describeErrors(String path, Operation operation) {
		operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		boolean hasBody = operation.getRequestBody() != null;
		boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		Map<String, String> errors = new LinkedHashMap<>();
		if (hasBody || hasParameters) {
			errors.put("400",
					"The request is invalid: a malformed body or parameter; for a body, `errors` maps each field to its message.");
		}
		errors.put("401", "Missing, malformed, unknown or revoked API key.");
		errors.put("403", "The key lacks the scope this endpoint needs (the detail names it).");
		if (path.contains("{")) {
			errors.put("404", "No such resource in your company.");
		}
		if (hasBody) {
			errors.put("413", "The body is larger than the API takes.");
		}
		errors.put("429", "Rate limit reached; see Retry-After and the X-RateLimit-* headers sent with every answer.");
		errors.put("503", "Briefly unavailable (the gateway cannot check the key or count the request, or a service "
				+ "this one needs is down); retry after Retry-After.");
		errors.forEach(
				(status, description) -> responses.putIfAbsent(status, new ApiResponse().description(description)));
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(problemContent());
			}
		});
		operation.setResponses(sorted(responses));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		responses.keySet().stream().sorted().forEach((status) -> sorted.addApiResponse(status, responses.get(status)));
		return sorted;
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)));
	}

	/**
	 * What Spring's {@code ProblemDetail} and the gateway write: {@code type} is left out
	 * when it is {@code about:blank}, {@code instance} when unknown; members beyond RFC
	 * 9457's (such as {@code errors}) may follow.
	 */
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				string().format("uri-reference")
					.description("What kind of problem; absent means about:blank")
					.example("https://distribu.app/problems/not-found"));
		properties.put("title", string().example("Not found"));
		properties.put("status",
				new JsonSchema().types(types("integer"))
					.minimum(java.math.BigDecimal.valueOf(400))
					.maximum(java.math.BigDecimal.valueOf(599))
					.example(404));
		properties.put("detail", string().description("What happened, in a sentence for people")
			.example("Product 5b0e… was not found."));
		properties.put("instance", string().format("uri-reference").description("The request path"));
		properties.put("errors",
				new JsonSchema().types(types("object"))
					.additionalProperties(string())
					.description("A 400's field errors, field → message"));
		JsonSchema problem = new JsonSchema();
		problem.types(types("object"))
			.description("RFC 9457 problem detail")
			.required(List.of("title", "status"))
			.properties(properties);
		return problem;
	}

	private static Schema<?> string() {
		return new JsonSchema().types(types("string"));
	}

	private static Set<String> types(String type) {
		return new LinkedHashSet<>(List.of(type));
	}

}

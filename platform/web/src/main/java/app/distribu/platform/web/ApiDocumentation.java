package app.distribu.platform.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every public endpoint has in common, added to the description springdoc derives
 * from the controllers: the API key scheme and the problem-detail answers of the gateway
 * and of {@link ProblemDetailsAdvice}. The gateway merges the services' descriptions.
 */
public class ApiDocumentation implements OpenApiCustomizer {

	/** Internal on purpose: the public, merged document is the gateway's. */
	public static final String PATH = "/internal/openapi";

	static final String SCHEME = "apiKey";

	static final String PROBLEM = "Problem";

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
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			responses.putIfAbsent("401", problem("Missing, malformed, unknown or revoked API key."));
			responses.putIfAbsent("403", problem("The key lacks the scope this endpoint needs (the detail names it)."));
			responses.putIfAbsent("429", problem(
					"Rate limit reached; see Retry-After and the X-RateLimit-* headers sent with every answer."));
			if (operation.getRequestBody() != null) {
				responses.putIfAbsent("400", problem("The body is invalid; `errors` maps each field to its message."));
			}
			if (hasPathParameter(path)) {
				responses.putIfAbsent("404", problem("No such resource in your company."));
			}
			operation.setResponses(responses);
		}));
	}

	private static boolean hasPathParameter(String path) {
		return path.contains("{");
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("RFC 9457 problem detail")
			.properties(Map.of("type", new StringSchema().example("about:blank"), "title",
					new StringSchema().example("Unprocessable Entity"), "status", new IntegerSchema().example(422),
					"detail", new StringSchema(), "errors", new MapSchema().additionalProperties(new StringSchema())
						.description("Field errors of a 400, field → message")));
	}

}

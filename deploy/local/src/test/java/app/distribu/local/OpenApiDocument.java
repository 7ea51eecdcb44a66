package app.distribu.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published OpenAPI 3.1 document, read as a contract: its operations, what is wrong
 * with an accepted request body against the operation's documented one, and with an
 * answer against what the document says that operation answers with that status (JSON
 * Schema 2020-12, formats asserted, {@code #/components/schemas/...} resolved in the
 * document itself).
 */
final class OpenApiDocument {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode doc;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	OpenApiDocument(JsonNode doc) {
		this.doc = doc;
	}

	/** One documented operation, named {@code GET /api/v1/products/{id}}. */
	record Operation(String method, String path, JsonNode node) {

		String name() {
			return this.method + " " + this.path;
		}

		boolean takesJson() {
			return this.node.path("requestBody").path("content").has("application/json");
		}

	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		this.doc.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.stream()
				.filter((method) -> METHODS.contains(method.getKey()))
				.forEach((method) -> operations
					.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()))));
		return operations;
	}

	Operation operation(String method, String path) {
		JsonNode node = this.doc.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
		if (node.isMissingNode()) {
			throw new IllegalArgumentException("The document has no operation " + method + " " + path);
		}
		return new Operation(method, path, node);
	}

	/** Every way the answer differs from the document; empty when it conforms. */
	List<String> violations(Operation operation, StackClient.Response answer) {
		JsonNode responses = operation.node().path("responses");
		String status = String.valueOf(answer.status());
		JsonNode documented = responses.has(status) ? responses.get(status) : responses.get("default");
		if (documented == null) {
			return List.of("answered " + status + ", which the document does not list (it lists "
					+ responses.propertyNames() + "): " + abbreviated(answer.body()));
		}
		JsonNode content = documented.path("content");
		boolean hasBody = !answer.body().isEmpty();
		if (content.isEmpty()) {
			return hasBody ? List.of(status + " has a body, the document says none: " + abbreviated(answer.body()))
					: List.of();
		}
		if (!hasBody) {
			return List.of(status + " has no body, the document describes " + content.propertyNames());
		}
		String type = answer.contentType().split(";")[0].strip();
		JsonNode media = content.has(type) ? content.get(type) : content.get("*/*");
		if (media == null) {
			return List.of(status + " is " + type + ", the document says " + content.propertyNames());
		}
		if (!type.endsWith("json") || media.path("schema").isMissingNode()) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		for (Error error : this.registry.getSchema(withComponents(media.get("schema"))).validate(answer.json())) {
			problems.add(status + " " + error.getInstanceLocation() + ": " + error.getMessage());
		}
		return problems;
	}

	/**
	 * Every way a request body the server accepted differs from the operation's
	 * documented request body: a partner builds requests from the document, so what the
	 * server takes must be what the document describes.
	 */
	List<String> requestViolations(Operation operation, String contentType, byte[] body) {
		JsonNode content = operation.node().path("requestBody").path("content");
		if (content.isEmpty()) {
			return List.of("sent a " + contentType + " body, the document describes no request body");
		}
		String type = contentType.split(";")[0].strip();
		JsonNode media = content.get(type);
		if (media == null) {
			return List.of("sent " + type + ", the document takes " + content.propertyNames());
		}
		if (!type.endsWith("json") || media.path("schema").isMissingNode()) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		for (Error error : this.registry.getSchema(withComponents(media.get("schema"))).validate(JSON.readTree(body))) {
			problems.add("request " + error.getInstanceLocation() + ": " + error.getMessage());
		}
		return problems;
	}

	/** The schema, able to resolve {@code #/components/...} as in the document. */
	private JsonNode withComponents(JsonNode schema) {
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.setAll((ObjectNode) schema.deepCopy());
		root.set("components", this.doc.path("components"));
		return root;
	}

	private static String abbreviated(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "…" : body;
	}

}

package app.distribu.platform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog of event types ({@code event-contracts/index.json}) and their schemas. A
 * body is what a webhook receives and the events feed lists: {@code {"id", "type",
 * "createdAt", "companyId", "data"}}.
 */
public final class EventContracts {

	static final String FOLDER = "event-contracts/";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final List<EventContract> ALL = load();

	private static final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private EventContracts() {
	}

	public static List<EventContract> all() {
		return ALL;
	}

	/** The types a webhook can subscribe to, in the catalog's order. */
	public static List<String> webhookTypes() {
		return ALL.stream().filter(EventContract::webhook).map(EventContract::type).toList();
	}

	/**
	 * What is wrong with {@code body} against its type's schema; empty when it conforms.
	 * An unknown type is an error too.
	 */
	public static List<String> violations(JsonNode body) {
		String type = body.path("type").asString("");
		if (ALL.stream().noneMatch((contract) -> contract.type().equals(type))) {
			return List.of("Unknown event type '" + type + "'.");
		}
		List<String> problems = new ArrayList<>();
		for (Error error : schema(type).validate(body)) {
			problems.add(error.getInstanceLocation() + ": " + error.getMessage());
		}
		return problems;
	}

	/**
	 * The body for an event envelope as it travels on Kafka ({@code {"id", "type",
	 * "schemaVersion", "occurredAt", "companyId", "data"}}): the time is called
	 * {@code createdAt} and the schema version stays behind.
	 */
	public static ObjectNode bodyOf(JsonNode envelope) {
		ObjectNode body = json.createObjectNode();
		body.set("id", envelope.path("id"));
		body.set("type", envelope.path("type"));
		body.set("createdAt", envelope.path("occurredAt"));
		body.set("companyId", envelope.path("companyId"));
		body.set("data", envelope.path("data"));
		return body;
	}

	/** The example body of a type, as the docs show it. */
	public static JsonNode example(String type) {
		return read(FOLDER + type + ".example.json");
	}

	private static Schema schema(String type) {
		return schemas.computeIfAbsent(type, (name) -> registry.getSchema(read(FOLDER + name + ".schema.json")));
	}

	private static List<EventContract> load() {
		List<EventContract> contracts = new ArrayList<>();
		for (JsonNode entry : read(FOLDER + "index.json").path("events")) {
			contracts.add(new EventContract(entry.path("type").asString(),
					entry.path("topic").isNull() ? null : entry.path("topic").asString(),
					entry.path("webhook").asBoolean(), entry.path("summary").asString()));
		}
		return List.copyOf(contracts);
	}

	private static JsonNode read(String path) {
		try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + path + " on the classpath");
			}
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

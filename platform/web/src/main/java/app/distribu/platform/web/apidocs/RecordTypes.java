package app.distribu.platform.web.apidocs;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Remembers which Java record each named schema was made from, as springdoc resolves the
 * types of the API, so that {@link TruthfulSchemas} can read the records' components
 * (nullability, money) afterwards. Two records that would share a schema name are a
 * mistake the description cannot survive (one would silently replace the other), so that
 * is refused.
 */
public class RecordTypes implements ModelConverter {

	private static final String REF_PREFIX = "#/components/schemas/";

	private final Map<String, Class<?>> records = new ConcurrentHashMap<>();

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		if (!chain.hasNext()) {
			return null;
		}
		Schema<?> resolved = chain.next().resolve(type, context, chain);
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (resolved != null && raw.isRecord()) {
			String name = (resolved.get$ref() != null) ? resolved.get$ref().replace(REF_PREFIX, "")
					: resolved.getName();
			if (name != null) {
				Class<?> earlier = this.records.putIfAbsent(name, raw);
				if (earlier != null && earlier != raw) {
					throw new IllegalStateException("Both " + earlier.getName() + " and " + raw.getName()
							+ " would be the API schema '" + name + "': name one with @Schema(name = ...)");
				}
			}
		}
		return resolved;
	}

	/** The record behind a schema of the description, or null. */
	Class<?> recordOf(String schemaName) {
		return this.records.get(schemaName);
	}

}

package app.distribu.platform.web.apidocs;

import java.util.Iterator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A Jackson tree in an answer (an event of the feed, say) is whatever JSON it holds; left
 * to springdoc it would be described as the tree class's getters ({@code isArray},
 * {@code isMissingNode}, …), which no answer ever contains.
 */
public class AnyJson implements ModelConverter {

	@Override
	public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (tools.jackson.databind.JsonNode.class.isAssignableFrom(raw)) {
			return new JsonSchema().description("Any JSON value");
		}
		return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
	}

}

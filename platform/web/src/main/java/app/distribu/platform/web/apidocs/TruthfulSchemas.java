package app.distribu.platform.web.apidocs;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes each record's schema say what Jackson really writes and reads, from the record
 * itself:
 * <ul>
 * <li>In answers every component is present (Jackson writes nulls), so all are
 * {@code required}; a component may be {@code null} only when it is annotated
 * {@code @Nullable} (unannotated reference types are taken to be never null, as in a
 * JSpecify {@code @NullMarked} package); {@code @JsonInclude(NON_NULL)} turns "may be
 * null" into "may be absent".</li>
 * <li>In request bodies a component is required when Bean Validation says so
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}); any other object-typed one
 * accepts {@code null} as "not given"; a decimal may be sent as a string or a
 * number.</li>
 * <li>{@link Money} components are decimal strings with two decimals.</li>
 * <li>A {@code @Pattern} that only lists words ({@code PENDING|ACTIVE|BLOCKED}) is the
 * enum it means.</li>
 * </ul>
 * A record used both as a request body and in an answer would need both rules at once;
 * that is refused, so each direction gets its own record.
 */
public class TruthfulSchemas implements OpenApiCustomizer {

	static final String MONEY_PATTERN = "^-?[0-9]+\\.[0-9]{2}$";

	/** A decimal given as a string (a pattern only applies to strings). */
	static final String DECIMAL_INPUT_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";

	private static final String REF_PREFIX = "#/components/schemas/";

	private static final Set<String> REQUIRED_BY_VALIDATION = Set.of("NotNull", "NotBlank", "NotEmpty");

	private static final String WORDS = "[A-Za-z0-9_.\\-]+";

	private final RecordTypes records;

	public TruthfulSchemas(RecordTypes records) {
		this.records = records;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Set<String> answers = reachable(schemas, operations(openApi).flatMap(TruthfulSchemas::answerSchemas));
		Set<String> bodies = reachable(schemas, operations(openApi).flatMap(TruthfulSchemas::bodySchemas));
		schemas.values().forEach(TruthfulSchemas::wordPatternsAsEnums);
		schemas.forEach((name, schema) -> {
			Class<?> record = this.records.recordOf(name);
			if (record == null) {
				return;
			}
			if (answers.contains(name) && bodies.contains(name)) {
				throw new IllegalStateException("The record " + record.getName()
						+ " is both a request body and part of an answer; give each direction its own record.");
			}
			if (answers.contains(name)) {
				describeAnswer(schema, record);
			}
			else if (bodies.contains(name)) {
				describeBody(schema, record);
			}
		});
	}

	private static void describeAnswer(Schema<?> schema, Class<?> record) {
		JsonInclude.Include classInclusion = inclusion(record.getAnnotation(JsonInclude.class));
		List<String> required = new ArrayList<>();
		forEachProperty(schema, record, (component, name, property) -> {
			JsonInclude.Include own = inclusion(annotation(record, component, JsonInclude.class));
			JsonInclude.Include inclusion = (own != null) ? own : classInclusion;
			boolean nullable = !component.getType().isPrimitive() && isNullable(record, component);
			boolean omittedWhenNull = inclusion != null && inclusion != JsonInclude.Include.ALWAYS
					&& inclusion != JsonInclude.Include.USE_DEFAULTS;
			boolean mayBeOmitted = omittedWhenNull && (nullable
					|| inclusion != JsonInclude.Include.NON_NULL && inclusion != JsonInclude.Include.NON_ABSENT);
			if (!mayBeOmitted) {
				required.add(name);
			}
			Schema<?> described = (annotation(record, component, Money.class) != null) ? money(property) : property;
			return (nullable && !omittedWhenNull) ? orNull(described) : described;
		});
		schema.setRequired(required.isEmpty() ? null : required);
	}

	private static void describeBody(Schema<?> schema, Class<?> record) {
		List<String> required = new ArrayList<>();
		forEachProperty(schema, record, (component, name, property) -> {
			boolean mandatory = annotations(record, component)
				.anyMatch((annotation) -> REQUIRED_BY_VALIDATION.contains(annotation.annotationType().getSimpleName()));
			if (mandatory) {
				required.add(name);
			}
			Schema<?> described = (component.getType() == BigDecimal.class) ? decimalInput(property) : property;
			return (mandatory || component.getType().isPrimitive()) ? described : orNull(described);
		});
		schema.setRequired(required.isEmpty() ? null : required);
	}

	private interface PropertyRewrite {

		Schema<?> rewrite(RecordComponent component, String name, Schema<?> property);

	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void forEachProperty(Schema<?> schema, Class<?> record, PropertyRewrite rewrite) {
		Map<String, Schema> properties = (Map) schema.getProperties();
		if (properties == null) {
			return;
		}
		for (RecordComponent component : record.getRecordComponents()) {
			if (annotation(record, component, JsonIgnore.class) != null) {
				continue;
			}
			JsonProperty renamed = annotation(record, component, JsonProperty.class);
			String name = (renamed != null && !renamed.value().isEmpty()) ? renamed.value() : component.getName();
			Schema<?> property = properties.get(name);
			if (property != null) {
				properties.put(name, rewrite.rewrite(component, name, property));
			}
		}
	}

	/**
	 * {@code @Nullable} of any flavour (JSpecify's type annotation, Jakarta's, Spring's)
	 * on the component, its field or its type.
	 */
	private static boolean isNullable(Class<?> record, RecordComponent component) {
		return annotations(record, component)
			.anyMatch((annotation) -> annotation.annotationType().getSimpleName().equals("Nullable"));
	}

	private static <A extends Annotation> A annotation(Class<?> record, RecordComponent component, Class<A> type) {
		return annotations(record, component).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
	}

	/**
	 * A component's annotations land on the component, its field, its accessor or its
	 * type, depending on their targets.
	 */
	private static Stream<Annotation> annotations(Class<?> record, RecordComponent component) {
		Stream<Annotation> own = Stream.concat(Arrays.stream(component.getAnnotations()),
				Arrays.stream(component.getAnnotatedType().getAnnotations()));
		Stream<Annotation> accessor = Arrays.stream(component.getAccessor().getAnnotations());
		try {
			Stream<Annotation> field = Arrays.stream(record.getDeclaredField(component.getName()).getAnnotations());
			return Stream.of(own, accessor, field).flatMap((annotations) -> annotations);
		}
		catch (NoSuchFieldException ex) {
			return Stream.concat(own, accessor);
		}
	}

	private static JsonInclude.Include inclusion(JsonInclude annotation) {
		return (annotation != null) ? annotation.value() : null;
	}

	private static Schema<?> money(Schema<?> property) {
		return property.types(new LinkedHashSet<>(List.of("string")))
			.format("decimal")
			.pattern(MONEY_PATTERN)
			.example("12.50");
	}

	/**
	 * Jackson reads a decimal from a JSON string or number alike; the string keeps the
	 * exact amount, so it is the one the example shows.
	 */
	private static Schema<?> decimalInput(Schema<?> property) {
		return property.types(new LinkedHashSet<>(List.of("string", "number")))
			.format("decimal")
			.pattern(DECIMAL_INPUT_PATTERN)
			.example("12.50");
	}

	/** The same schema, allowing {@code null} too. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema<?> orNull(Schema property) {
		if (property.get$ref() != null) {
			return new JsonSchema().anyOf(List.of(property, new JsonSchema().typesItem("null")));
		}
		Set<String> types = new LinkedHashSet<>();
		if (property.getTypes() != null) {
			types.addAll(property.getTypes());
		}
		else if (property.getType() != null) {
			types.add(property.getType());
		}
		if (types.isEmpty()) {
			return property;
		}
		types.add("null");
		property.setTypes(types);
		property.setType(null);
		if (property.getEnum() != null && !property.getEnum().contains(null)) {
			List<Object> values = new ArrayList<>(property.getEnum());
			values.add(null);
			property.setEnum(values);
		}
		return property;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void wordPatternsAsEnums(Schema<?> schema) {
		if (schema == null) {
			return;
		}
		String pattern = schema.getPattern();
		if (pattern != null && pattern.replace("\\.", ".").matches(WORDS + "(\\|" + WORDS + ")*")) {
			((Schema) schema).setEnum(new ArrayList<>(List.of(pattern.replace("\\.", ".").split("\\|"))));
			schema.setPattern(null);
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach(TruthfulSchemas::wordPatternsAsEnums);
		}
		wordPatternsAsEnums(schema.getItems());
	}

	private static Stream<Operation> operations(OpenAPI openApi) {
		return (openApi.getPaths() == null) ? Stream.empty()
				: openApi.getPaths().values().stream().flatMap((item) -> item.readOperations().stream());
	}

	private static Stream<Schema> answerSchemas(Operation operation) {
		return (operation.getResponses() == null) ? Stream.empty()
				: operation.getResponses().values().stream().flatMap((response) -> schemas(response.getContent()));
	}

	private static Stream<Schema> bodySchemas(Operation operation) {
		return (operation.getRequestBody() == null) ? Stream.empty() : schemas(operation.getRequestBody().getContent());
	}

	private static Stream<Schema> schemas(Content content) {
		return (content == null) ? Stream.empty()
				: content.values()
					.stream()
					.map(io.swagger.v3.oas.models.media.MediaType::getSchema)
					.filter(Objects::nonNull);
	}

	/** The names of the component schemas {@code roots} refer to, directly or not. */
	private static Set<String> reachable(Map<String, Schema> schemas, Stream<Schema> roots) {
		Set<String> names = new HashSet<>();
		roots.forEach((root) -> collect(root, schemas, names));
		return names;
	}

	@SuppressWarnings("unchecked")
	private static void collect(Schema<?> schema, Map<String, Schema> schemas, Set<String> names) {
		if (schema == null) {
			return;
		}
		if (schema.get$ref() != null) {
			String name = schema.get$ref().replace(REF_PREFIX, "");
			if (names.add(name)) {
				collect(schemas.get(name), schemas, names);
			}
			return;
		}
		if (schema.getProperties() != null) {
			schema.getProperties().values().forEach((property) -> collect(property, schemas, names));
		}
		collect(schema.getItems(), schemas, names);
		if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
			collect(additional, schemas, names);
		}
		Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
			.filter(Objects::nonNull)
			.flatMap(List::stream)
			.forEach((part) -> collect(part, schemas, names));
	}

}

package app.distribu.platform.test.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON bodies for every route of a {@link SecurityMatrix} that has a sample body, bent
 * the ways clients and attackers bend them: values of the wrong type, extreme numbers,
 * long, empty or control-character strings, missing and unknown fields, deep nesting,
 * truncated or garbled text. Sent with the route's proper principal, each must get an
 * answer below 500, and a refusal must leave the company's rows as they were.
 */
public final class JsonFuzz {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ODD_VALUES = List.of("null", "\"\"", "\" \"", "0", "-1", "-0.001", "2147483648",
			"9223372036854775808", "1e308", "-1e308", "1e-400", "123456789012345678901234567890.123456789", "true",
			"[]", "{}", "[null]", "{\"a\":{\"b\":[1,{}]}}", "\"12.50\"", "\"-5\"", "\"NaN\"", "\"Infinity\"", "\"1e3\"",
			"\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"", "\"\\u0000\"", "\"a\\u0000b\"",
			"\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"<script>alert(1)</script>\"", "\"' or 1=1 --\"",
			"\"=HYPERLINK(\\\"http://x\\\")\"", "\"ACTIVE\"", "\"active\"", "\"DASHBOARD\"", "\"customer\"",
			"\"" + "x".repeat(5000) + "\"", "[" + "1,".repeat(2000) + "1]");

	private static final List<String> ODD_BODIES = List.of("", " ", "null", "[]", "{}", "\"text\"", "1", "{",
			"{\"a\":1,\"a\":2}", "{\"lines\":[]}", "[".repeat(5000) + "]".repeat(5000),
			"{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\uFEFF{}", "{\"x\":\"\u0000\"}");

	private final SecurityMatrix matrix;

	private final CompanyRows rows;

	private JsonFuzz(SecurityMatrix matrix, CompanyRows rows) {
		this.matrix = matrix;
		this.rows = rows;
	}

	public static JsonFuzz of(SecurityMatrix matrix, CompanyRows rows) {
		return new JsonFuzz(matrix, rows);
	}

	/** A route with a sample body, and a body derived from it. */
	public Arbitrary<Request> requests() {
		Map<Route, String> routes = this.matrix.jsonRoutes();
		if (routes.isEmpty()) {
			throw new IllegalStateException("No route has a sample body to fuzz: give some with SecurityMatrix.body");
		}
		return Arbitraries.of(List.copyOf(routes.keySet()))
			.flatMap((route) -> bodies(routes.get(route)).map((body) -> new Request(route, body)));
	}

	/** Sends the request; fails on a 5xx, or on a refusal that changed rows. */
	public void check(Request request) {
		Map<String, Long> before = this.rows.count();
		Exchange.Answer answer = this.matrix.proper(request.route(), request.body()).send(this.matrix.baseUrl());
		if (answer.status() >= 500) {
			throw new AssertionError(request + " got " + answer.status() + ": " + answer.body());
		}
		if (answer.status() >= 400) {
			Map<String, Long> after = this.rows.count();
			if (!before.equals(after)) {
				throw new AssertionError(request + " was refused with " + answer.status() + " but changed rows: "
						+ before + " → " + after);
			}
		}
	}

	static Arbitrary<String> bodies(String sample) {
		JsonNode tree = JSON.readTree(sample);
		List<String> pointers = new ArrayList<>();
		collect(tree, "", pointers);
		Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.of(ODD_VALUES),
				Arbitraries.strings().ofMaxLength(30).map((text) -> JSON.writeValueAsString(text)),
				Arbitraries.integers().map(String::valueOf), Arbitraries.doubles().map(String::valueOf));
		List<Arbitrary<String>> kinds = new ArrayList<>();
		kinds.add(Arbitraries.just(sample));
		kinds.add(Arbitraries.of(ODD_BODIES));
		kinds.add(Combinators
			.combine(Arbitraries.integers().between(0, sample.length()),
					Arbitraries.of("", "\"", ",", "}", "]", "{", "\u0000", "\\", "é"))
			.as((at, text) -> sample.substring(0, at) + text));
		if (!pointers.isEmpty()) {
			kinds
				.add(Combinators.combine(Arbitraries.of(pointers), values).as((at, value) -> replace(tree, at, value)));
			kinds.add(Combinators.combine(Arbitraries.of(pointers), values.list().ofMaxSize(3))
				.as((at, several) -> replace(tree, at, "[" + String.join(",", several) + "]")));
			kinds.add(Arbitraries.of(pointers).map((at) -> remove(tree, at)));
			kinds.add(values.map((value) -> tree.isObject()
					? ((ObjectNode) tree.deepCopy()).set("unexpected", JSON.readTree(value)).toString() : sample));
		}
		return Arbitraries.frequencyOf(kinds.stream().map((kind) -> Tuple.of(1, kind)).toArray(Tuple.Tuple2[]::new));
	}

	private static void collect(JsonNode node, String pointer, List<String> pointers) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				String child = pointer + "/" + field.getKey();
				pointers.add(child);
				collect(field.getValue(), child, pointers);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				String child = pointer + "/" + i;
				pointers.add(child);
				collect(node.get(i), child, pointers);
			}
		}
	}

	private static String replace(JsonNode tree, String pointer, String value) {
		JsonNode copy = tree.deepCopy();
		JsonNode replacement = JSON.readTree(value);
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = copy.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.set(last, replacement);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), replacement);
		}
		return copy.toString();
	}

	private static String remove(JsonNode tree, String pointer) {
		JsonNode copy = tree.deepCopy();
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = copy.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.remove(last);
		}
		else if (parent instanceof ArrayNode array) {
			array.remove(Integer.parseInt(last));
		}
		return copy.toString();
	}

	/** One fuzzed request. */
	public record Request(Route route, String body) {

		@Override
		public String toString() {
			return this.route + " " + ((this.body.length() > 300) ? this.body.substring(0, 300) + "…" : this.body);
		}

	}

}

package app.distribu.identity.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** What an alert tells about order-service's {@code order.created}. */
record NewOrder(UUID orderId, long number, String source, String customerName, List<Line> lines, String total,
		String currency, String shipTo) {

	static NewOrder of(JsonNode data) {
		List<Line> lines = new ArrayList<>();
		for (JsonNode line : data.path("lines")) {
			lines.add(new Line(line.path("sku").asString(), line.path("name").asString(), line.path("quantity").asInt(),
					line.path("lineTotal").asString()));
		}
		JsonNode address = data.path("shippingAddress");
		String shipTo = address.isObject() ? String.join(", ",
				nonBlank(address.path("line1").asString(""), address.path("line2").asString(""),
						(address.path("postalCode").asString("") + " " + address.path("city").asString("")).strip(),
						address.path("country").asString("")))
				: null;
		return new NewOrder(UUID.fromString(data.path("orderId").asString()), data.path("number").asLong(),
				data.path("source").asString(), customer(data.path("customerName").asString("")), List.copyOf(lines),
				data.path("total").asString(), data.path("currency").asString(), shipTo);
	}

	/** Events from before names were sent say "a customer". */
	private static String customer(String name) {
		return name.isBlank() ? "a customer" : name;
	}

	private static List<String> nonBlank(String... parts) {
		return List.of(parts).stream().filter((part) -> !part.isBlank()).toList();
	}

	record Line(String sku, String name, int quantity, String lineTotal) {

	}

}

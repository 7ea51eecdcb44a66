package app.distribu.webhook;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.distribu.platform.test.TestEvents;

/** Events as the producing services publish them, on their topics. */
public final class WebhookEvents {

	private WebhookEvents() {
	}

	public static UUID publish(UUID company, String type, Map<String, Object> data) {
		String topic = type.startsWith("customer.") ? "customer.events"
				: type.startsWith("product.") ? "catalog.events" : "order.events";
		return TestEvents.publish(topic, company, type, data);
	}

	/** Data shaped like order-service's {@code order.created}. */
	public static Map<String, Object> order(String source) {
		Map<String, Object> address = new HashMap<>(Map.of("id", UUID.randomUUID(), "line1", "12 Harbour Road", "city",
				"Rotterdam", "postalCode", "3011 AA", "country", "NL"));
		address.put("line2", null);
		Map<String, Object> order = new HashMap<>(
				Map.of("orderId", UUID.randomUUID(), "number", 7, "source", source, "status", "SUBMITTED", "customerId",
						UUID.randomUUID(), "customerName", "Harbour Deli", "lines", List.of(Map.of("sku", "WDG-001",
								"name", "Widget", "unitPrice", "12.50", "quantity", 2, "lineTotal", "25.00")),
						"total", "25.00", "currency", "EUR"));
		order.put("shippingAddress", address);
		order.put("createdAt", Instant.now().toString());
		return order;
	}

	public static Map<String, Object> customer() {
		return Map.of("customerId", UUID.randomUUID(), "name", "Corner Shop", "email", "buyer@corner.example", "status",
				"ACTIVE");
	}

	public static Map<String, Object> statusChange() {
		return Map.of("orderId", UUID.randomUUID(), "number", 7, "from", "SUBMITTED", "to", "SHIPPED");
	}

}

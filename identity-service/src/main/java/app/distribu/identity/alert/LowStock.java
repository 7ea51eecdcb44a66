package app.distribu.identity.alert;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Data of catalog's {@code product.low_stock}. */
record LowStock(UUID productId, String sku, String name, int stock, int threshold) {

	static LowStock of(JsonNode data) {
		return new LowStock(UUID.fromString(data.path("productId").asString()), data.path("sku").asString(),
				data.path("name").asString(), data.path("stock").asInt(), data.path("threshold").asInt());
	}

}

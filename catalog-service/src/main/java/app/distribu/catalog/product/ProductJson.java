package app.distribu.catalog.product;

import java.util.List;
import java.util.UUID;

/** The API shape of a product (spec "Shapes"); money is a decimal string. */
record ProductJson(UUID id, String sku, String name, String description, String category, String price, int stock,
		int lowStockThreshold, boolean active, int minOrderQuantity, int quantityStep, boolean overrideGated,
		String imageUrl, List<String> images) {

	static ProductJson of(Product product) {
		return new ProductJson(product.id(), product.sku(), product.name(), product.description(), product.category(),
				product.price().toPlainString(), product.stock(), product.lowStockThreshold(), product.active(),
				product.minOrderQuantity(), product.quantityStep(), product.overrideGated(), product.imageUrl(),
				(product.imageUrl() != null) ? List.of(product.imageUrl()) : List.of());
	}

}

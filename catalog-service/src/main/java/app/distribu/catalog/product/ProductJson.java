package app.distribu.catalog.product;

import java.util.List;
import java.util.UUID;

import app.distribu.catalog.image.ImageJson;
import org.jspecify.annotations.Nullable;
import app.distribu.platform.web.apidocs.Money;

/** The API shape of a product (spec "Shapes"); money is a decimal string. */
record ProductJson(UUID id, String sku, String name, @Nullable String description, @Nullable String category,
		@Money String price, int stock, int lowStockThreshold, boolean active, int minOrderQuantity, int quantityStep,
		boolean overrideGated, @Nullable String imageUrl, List<ImageJson> images) {

	/** {@code imageUrl} is the primary image's, which the product row keeps a copy of. */
	static ProductJson of(Product product, List<ImageJson> images) {
		return new ProductJson(product.id(), product.sku(), product.name(), product.description(), product.category(),
				product.price().toPlainString(), product.stock(), product.lowStockThreshold(), product.active(),
				product.minOrderQuantity(), product.quantityStep(), product.overrideGated(), product.imageUrl(),
				images);
	}

}

package app.distribu.catalog.product;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A product as stored. */
public record Product(UUID id, String sku, String name, String description, String category, BigDecimal price,
		int stock, int lowStockThreshold, boolean active, int minOrderQuantity, int quantityStep, boolean overrideGated,
		String imageUrl, OffsetDateTime createdAt, int version) {

	public boolean outOfStock() {
		return this.stock == 0;
	}

	public boolean lowStock() {
		return this.stock > 0 && this.stock <= this.lowStockThreshold;
	}

}

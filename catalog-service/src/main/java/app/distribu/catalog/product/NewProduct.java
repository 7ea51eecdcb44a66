package app.distribu.catalog.product;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT /api/v1/products} and of the dashboard's
 * product forms. Whole numbers are decimals here so that {@code 2.5} is refused instead
 * of truncated. Omitted optional fields take their defaults.
 */
record NewProduct(
		@NotBlank(message = "SKU is required.") @Size(max = 64, message = "SKU is at most 64 characters.") String sku,
		@NotBlank(message = "Name is required.") @Size(max = 200,
				message = "Name is at most 200 characters.") String name,
		@Size(max = 2000, message = "Description is at most 2000 characters.") String description,
		@Size(max = 100, message = "Category is at most 100 characters.") String category,
		@NotNull(message = "Price is required.") @DecimalMin(value = "0.00",
				message = "Price must be 0 or more.") @Digits(integer = 10, fraction = 2,
						message = "Price must have at most 2 decimals, like 12.50.") BigDecimal price,
		@NotNull(message = "Stock is required.") @DecimalMin(value = "0", message = "Stock must be 0 or more.") @Digits(
				integer = 9, fraction = 0, message = "Stock must be a whole number.") BigDecimal stock,
		@QuantityRules.LowStockThreshold BigDecimal lowStockThreshold, Boolean active,
		@QuantityRules.MinOrderQuantity BigDecimal minOrderQuantity,
		@QuantityRules.QuantityStep BigDecimal quantityStep, Boolean overrideGated) {

	/** An empty form, as the dashboard shows it for a new product. */
	static NewProduct blank() {
		return new NewProduct("", "", "", "", null, null, null, true, null, null, false);
	}

	static NewProduct of(Product product) {
		return new NewProduct(product.sku(), product.name(), product.description(), product.category(), product.price(),
				BigDecimal.valueOf(product.stock()), BigDecimal.valueOf(product.lowStockThreshold()), product.active(),
				BigDecimal.valueOf(product.minOrderQuantity()), BigDecimal.valueOf(product.quantityStep()),
				product.overrideGated());
	}

	String trimmedSku() {
		return this.sku.trim();
	}

	/** The product these fields describe, with the given id and stock. */
	Product toProduct(UUID id, int stock) {
		return new Product(id, trimmedSku(), this.name.trim(), blankToNull(this.description),
				blankToNull(this.category), this.price.setScale(2), stock, whole(this.lowStockThreshold, 0),
				(this.active != null) ? this.active : true, whole(this.minOrderQuantity, 1),
				whole(this.quantityStep, 1), Boolean.TRUE.equals(this.overrideGated), null, null, 0);
	}

	private static int whole(BigDecimal value, int fallback) {
		return (value != null) ? value.intValueExact() : fallback;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

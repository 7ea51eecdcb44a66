package app.distribu.catalog.product;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PATCH /api/v1/products/{id}}: fields that are present replace the
 * product's, absent (null) ones stay; {@code ""} clears description or category.
 */
record ProductPatch(
		@Pattern(regexp = "(?s).*\\S.*", message = "SKU can't be blank.") @Size(max = 64,
				message = "SKU is at most 64 characters.") String sku,
		@Pattern(regexp = "(?s).*\\S.*", message = "Name can't be blank.") @Size(max = 200,
				message = "Name is at most 200 characters.") String name,
		@Size(max = 2000, message = "Description is at most 2000 characters.") String description,
		@Size(max = 100, message = "Category is at most 100 characters.") String category,
		@DecimalMin(value = "0.00", message = "Price must be 0 or more.") @Digits(integer = 10, fraction = 2,
				message = "Price must have at most 2 decimals, like 12.50.") BigDecimal price,
		@DecimalMin(value = "0", message = "Stock must be 0 or more.") @Digits(integer = 9, fraction = 0,
				message = "Stock must be a whole number.") BigDecimal stock,
		@QuantityRules.LowStockThreshold BigDecimal lowStockThreshold, Boolean active,
		@QuantityRules.MinOrderQuantity BigDecimal minOrderQuantity,
		@QuantityRules.QuantityStep BigDecimal quantityStep, Boolean overrideGated) {

	/** The product's fields with this patch applied. */
	NewProduct applyTo(Product product) {
		NewProduct current = NewProduct.of(product);
		return new NewProduct(or(this.sku, current.sku()), or(this.name, current.name()),
				or(this.description, current.description()), or(this.category, current.category()),
				or(this.price, current.price()), or(this.stock, current.stock()),
				or(this.lowStockThreshold, current.lowStockThreshold()), or(this.active, current.active()),
				or(this.minOrderQuantity, current.minOrderQuantity()), or(this.quantityStep, current.quantityStep()),
				or(this.overrideGated, current.overrideGated()));
	}

	private static <T> T or(T patched, T current) {
		return (patched != null) ? patched : current;
	}

}

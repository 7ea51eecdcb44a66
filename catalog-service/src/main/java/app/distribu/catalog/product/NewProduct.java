package app.distribu.catalog.product;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/v1/products} and the dashboard's new-product form. Stock
 * and threshold are decimals here so that {@code 2.5} is refused instead of truncated.
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
		@DecimalMin(value = "0", message = "Low-stock threshold must be 0 or more.") @Digits(integer = 9, fraction = 0,
				message = "Low-stock threshold must be a whole number.") BigDecimal lowStockThreshold,
		Boolean active) {

	String trimmedSku() {
		return this.sku.trim();
	}

}

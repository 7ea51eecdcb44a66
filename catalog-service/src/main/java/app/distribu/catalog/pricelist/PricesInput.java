package app.distribu.catalog.pricelist;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/v1/price-lists/{id}/prices}: one SKU's tiers, replaced whole.
 */
record PricesInput(@NotBlank(message = "sku is required.") String sku,
		@NotNull(message = "tiers is required.") @Size(min = 1, max = TierRules.MAX_TIERS,
				message = "Give 1 to " + TierRules.MAX_TIERS + " tiers.") List<@NotNull TierInput> tiers) {

}

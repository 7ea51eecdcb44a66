package app.distribu.catalog.pricing;

import java.util.UUID;

/** One line of {@code GET /internal/customers/{id}/price-overrides}. */
record CustomerPrice(UUID productId, String sku, String name, String catalogPrice, String price) {

}

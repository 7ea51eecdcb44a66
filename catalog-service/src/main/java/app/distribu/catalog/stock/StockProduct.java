package app.distribu.catalog.stock;

import java.math.BigDecimal;
import java.util.UUID;

/** What a reservation needs to know about a product. */
record StockProduct(UUID id, String sku, String name, BigDecimal price, boolean active) {

}

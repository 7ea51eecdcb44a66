package app.distribu.catalog.dashboard;

import java.util.List;
import java.util.UUID;

/**
 * @param lowStock active products at or below their low-stock threshold (out of stock
 * included)
 * @param outOfStock active products with none left
 * @param products the five with the least stock relative to their threshold
 */
record StockSummary(int lowStock, int outOfStock, List<Item> products) {

	record Item(UUID id, String sku, String name, int stock, int threshold) {

	}

}

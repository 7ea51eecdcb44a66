package app.distribu.catalog.stock;

import java.util.List;
import java.util.UUID;

/**
 * A priced cart; {@code total} adds up the lines without a problem. An unknown SKU has
 * only {@code sku}, {@code quantity} and {@code problem}. {@code priceRule} and
 * {@code priceList} say where the unit price came from, as in a reservation.
 */
record QuoteJson(String currency, String total, List<Line> lines) {

	record Line(String sku, UUID productId, String name, String unitPrice, int quantity, String lineTotal,
			Integer stock, String problem, String priceRule, String priceList, String catalogPrice) {

	}

}

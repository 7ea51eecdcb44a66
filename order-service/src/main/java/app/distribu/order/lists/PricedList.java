package app.distribu.order.lists;

import java.util.List;

import app.distribu.order.quote.CatalogPriceQuotesClient;
import app.distribu.order.quote.PricesUnavailable;
import app.distribu.order.quote.Quote;

/**
 * A list as staff see it on the customer's page: each line with the product's name and
 * the price the customer would pay on the storefront now. {@code total} is null when the
 * list is empty or catalog could not price it ({@code pricesUnavailable} says so).
 */
record PricedList(SavedList list, List<ListRow> rows, String total, String pricesUnavailable) {

	static PricedList of(SavedList list, CatalogPriceQuotesClient quotes) {
		if (list.lines().isEmpty()) {
			return new PricedList(list, List.of(), null, null);
		}
		try {
			Quote quote = quotes.forStorefront(list.customerId(), list.items());
			return new PricedList(list, list.lines().stream().map((line) -> ListRow.of(line, quote)).toList(),
					quote.money(quote.total()), null);
		}
		catch (PricesUnavailable ex) {
			return new PricedList(list, list.lines().stream().map((line) -> ListRow.of(line, null)).toList(), null,
					ex.getMessage());
		}
	}

}

package app.distribu.catalog.storefront;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.distribu.catalog.pricing.PriceBook;
import app.distribu.catalog.pricing.PriceSheet;

/**
 * Puts the shopper's prices on shelf items, from the same {@link PriceSheet} carts and
 * orders are priced with, at the quantity the Add to cart form starts at.
 */
@Component
class ShelfPrices {

	private final PriceBook book;

	ShelfPrices(PriceBook book) {
		this.book = book;
	}

	List<ShelfItem> priced(UUID companyId, Shopper shopper, List<ShelfItem> items) {
		PriceSheet sheet = this.book.sheet(companyId, shopper.customerId(), items.stream().map(ShelfItem::id).toList());
		return items.stream().map((item) -> priced(sheet, item)).toList();
	}

	Optional<ShelfItem> priced(UUID companyId, Shopper shopper, Optional<ShelfItem> item) {
		return item.map((found) -> priced(companyId, shopper, List.of(found)).get(0));
	}

	private static ShelfItem priced(PriceSheet sheet, ShelfItem item) {
		int first = item.firstQuantity();
		return item.priced(sheet.price(item.id(), item.catalogPrice(), first),
				sheet.ladder(item.id(), item.catalogPrice(), first));
	}

}

package app.distribu.catalog.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The one place a customer's price is decided, for some products: the customer's own
 * price (an override) wins; else, among the price lists that apply and price the product
 * at that quantity, the highest priority wins (a tie goes to the lower price, then the
 * list name); else the catalog price. Within a list the row with the highest minimum
 * quantity at or below the ordered quantity applies. The storefront, carts, quotes,
 * reservations and the API all ask a sheet, so they can't disagree.
 */
public final class PriceSheet {

	private static final PriceSheet CATALOG_ONLY = new PriceSheet(Map.of(), Map.of());

	private static final Comparator<Candidate> BEST = Comparator.comparingInt((Candidate c) -> -c.row().priority())
		.thenComparing(Candidate::unit)
		.thenComparing((Candidate c) -> c.row().listName());

	private final Map<UUID, BigDecimal> overrides;

	private final Map<UUID, List<ListPrice>> listPrices;

	PriceSheet(Map<UUID, BigDecimal> overrides, Map<UUID, List<ListPrice>> listPrices) {
		this.overrides = overrides;
		this.listPrices = listPrices;
	}

	/** Catalog prices for everyone: anonymous shoppers and catalog-priced orders. */
	public static PriceSheet catalogOnly() {
		return CATALOG_ONLY;
	}

	static PriceSheet of(Map<UUID, BigDecimal> overrides, List<ListPrice> rows) {
		Map<UUID, List<ListPrice>> byProduct = new HashMap<>();
		rows.forEach((row) -> byProduct.computeIfAbsent(row.productId(), (id) -> new ArrayList<>()).add(row));
		return new PriceSheet(Map.copyOf(overrides), byProduct);
	}

	/** The unit price of {@code quantity} units and the rule that gave it. */
	public Price price(UUID productId, BigDecimal catalogPrice, int quantity) {
		BigDecimal own = this.overrides.get(productId);
		if (own != null) {
			return new Price(own, Price.OWN, null, true);
		}
		Map<UUID, ListPrice> applying = new HashMap<>();
		for (ListPrice row : this.listPrices.getOrDefault(productId, List.of())) {
			if (row.minQuantity() <= quantity) {
				applying.merge(row.listId(), row, (a, b) -> (a.minQuantity() >= b.minQuantity()) ? a : b);
			}
		}
		return applying.values()
			.stream()
			.map((row) -> new Candidate(row, row.unit(catalogPrice)))
			.min(BEST)
			.map((best) -> new Price(best.unit(), best.row().rule(), best.row().listName(), true))
			.orElseGet(() -> Price.catalog(catalogPrice));
	}

	/**
	 * Whether the customer has a price of their own for the product (an override, or a
	 * list that prices it at some quantity): what opens an override-gated product.
	 */
	public boolean hasOwnPrice(UUID productId) {
		return this.overrides.containsKey(productId) || this.listPrices.containsKey(productId);
	}

	/**
	 * The product's prices by quantity from {@code fromQuantity} (the smallest quantity
	 * its rules allow) on, steps with the same price merged; one step when the quantity
	 * changes nothing.
	 */
	public List<PriceStep> ladder(UUID productId, BigDecimal catalogPrice, int fromQuantity) {
		TreeSet<Integer> breaks = new TreeSet<>();
		breaks.add(fromQuantity);
		if (!this.overrides.containsKey(productId)) {
			this.listPrices.getOrDefault(productId, List.of())
				.stream()
				.map(ListPrice::minQuantity)
				.filter((min) -> min > fromQuantity)
				.forEach(breaks::add);
		}
		List<PriceStep> steps = new ArrayList<>();
		for (int from : breaks) {
			Price price = price(productId, catalogPrice, from);
			PriceStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
			if (last != null && last.unit().compareTo(price.unit()) == 0) {
				continue;
			}
			if (last != null) {
				steps.set(steps.size() - 1, new PriceStep(last.fromQuantity(), from - 1, last.unit(), last.rule()));
			}
			steps.add(new PriceStep(from, null, price.unit(), price.rule()));
		}
		return List.copyOf(steps);
	}

	private record Candidate(ListPrice row, BigDecimal unit) {

	}

}

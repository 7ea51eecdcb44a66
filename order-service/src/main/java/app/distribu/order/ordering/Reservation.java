package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** catalog-service's answer to a stock reservation: the priced snapshot of every line. */
record Reservation(UUID orderId, String currency, List<Line> lines) {

	/**
	 * What the order will cost: every line at its unit price in cents, as the order keeps
	 * it.
	 */
	BigDecimal total() {
		return this.lines.stream()
			.map((line) -> line.unitPrice()
				.setScale(2, RoundingMode.HALF_UP)
				.multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/**
	 * The same lines at the agreed prices, named by the agreement's rule; catalog's
	 * reservation still decided that every line can be ordered.
	 */
	Reservation at(AgreedPrices agreed) {
		return new Reservation(this.orderId, this.currency, this.lines.stream().map((line) -> {
			BigDecimal price = agreed.unitPrices().get(line.sku());
			if (price == null) {
				throw new IllegalStateException("No agreed price for " + line.sku());
			}
			return new Line(line.productId(), line.sku(), line.name(), price, line.quantity(), agreed.priceRule(),
					null);
		}).toList());
	}

	/**
	 * {@code priceRule}: why the unit price is what it is; {@code priceList}: its list.
	 */
	record Line(UUID productId, String sku, String name, BigDecimal unitPrice, int quantity, String priceRule,
			String priceList) {

	}

}

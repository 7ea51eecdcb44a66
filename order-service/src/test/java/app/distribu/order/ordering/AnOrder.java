package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.distribu.order.customer.ShippingAddress;

/**
 * Builds an {@link Order} for tests that need one without placing it: a SUBMITTED, unpaid
 * NET_30 storefront order #1042 in EUR; lines priced as given, totals summed.
 */
public final class AnOrder {

	private final List<OrderLine> lines = new ArrayList<>();

	private OrderStatus status = OrderStatus.SUBMITTED;

	private ShippingAddress shipTo;

	private String poNumber;

	private String notes;

	private AnOrder() {
	}

	public static AnOrder anOrder() {
		return new AnOrder();
	}

	public AnOrder in(OrderStatus status) {
		this.status = status;
		return this;
	}

	public AnOrder of(int quantity, String sku, String name, String unitPrice) {
		return of(quantity, sku, name, unitPrice, null, null);
	}

	/** A line priced by a rule ("Volume price, 50+") of a price list. */
	public AnOrder of(int quantity, String sku, String name, String unitPrice, String priceRule, String priceList) {
		BigDecimal price = new BigDecimal(unitPrice);
		this.lines.add(new OrderLine(this.lines.size() + 1, UUID.randomUUID(), sku, name, price, quantity,
				price.multiply(BigDecimal.valueOf(quantity)), priceRule, priceList));
		return this;
	}

	public AnOrder shippedTo(ShippingAddress address) {
		this.shipTo = address;
		return this;
	}

	public AnOrder withPoNumber(String poNumber) {
		this.poNumber = poNumber;
		return this;
	}

	public AnOrder withNotes(String notes) {
		this.notes = notes;
		return this;
	}

	public Order build() {
		List<OrderLine> lines = this.lines.isEmpty() ? List.of(new OrderLine(1, UUID.randomUUID(), "WDG-001",
				"Blue widget", new BigDecimal("12.50"), 2, new BigDecimal("25.00"), null, null)) : this.lines;
		BigDecimal total = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Order(UUID.randomUUID(), UUID.randomUUID(), 1042, UUID.randomUUID(), OrderSource.STOREFRONT,
				this.status, "EUR", total, this.notes, this.poNumber, Instant.parse("2026-03-02T09:00:00Z"), 0,
				List.copyOf(lines), this.shipTo, "NET_30", null);
	}

}

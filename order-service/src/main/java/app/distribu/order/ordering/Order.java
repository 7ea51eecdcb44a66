package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import app.distribu.order.customer.ShippingAddress;

/**
 * An order with its lines, and the rules of its life: lines, totals and payment terms
 * never change after creation; {@code paidAt} is set when staff mark it paid; its status
 * moves freely except out of CANCELLED, and cancelling gives its stock back.
 */
public record Order(UUID id, UUID companyId, long number, UUID customerId, OrderSource source, OrderStatus status,
		String currency, BigDecimal total, String notes, String poNumber, Instant createdAt, int version,
		List<OrderLine> lines, ShippingAddress shippingAddress, String paymentTerms, Instant paidAt) {

	/** A new SUBMITTED, unpaid order priced from catalog's reservation snapshot. */
	static Order place(UUID id, UUID companyId, long number, UUID customerId, OrderSource source,
			Reservation reservation, ShippingAddress shipTo, String paymentTerms, String notes, String poNumber,
			Instant now) {
		List<OrderLine> lines = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (Reservation.Line line : reservation.lines()) {
			BigDecimal unitPrice = line.unitPrice().setScale(2, RoundingMode.HALF_UP);
			BigDecimal lineTotal = unitPrice.multiply(BigDecimal.valueOf(line.quantity()));
			lines.add(new OrderLine(lines.size() + 1, line.productId(), line.sku(), line.name(), unitPrice,
					line.quantity(), lineTotal, line.priceRule(), line.priceList()));
			total = total.add(lineTotal);
		}
		return new Order(id, companyId, number, customerId, source, OrderStatus.SUBMITTED, reservation.currency(),
				total, blankToNull(notes), blankToNull(poNumber), now, 0, List.copyOf(lines), shipTo, paymentTerms,
				null);
	}

	/**
	 * This order moved to {@code to} by {@code by} at {@code at}. Any move is allowed
	 * except out of CANCELLED, which is final; a move to the status it already has
	 * changes nothing.
	 * @throws CancelledOrderIsFinal when this order is cancelled
	 */
	public StatusTransition changeStatus(OrderStatus to, UUID by, Instant at) {
		if (this.status.isTerminal()) {
			throw new CancelledOrderIsFinal(this.number);
		}
		Order after = (to == this.status) ? this
				: new Order(this.id, this.companyId, this.number, this.customerId, this.source, to, this.currency,
						this.total, this.notes, this.poNumber, this.createdAt, this.version + 1, this.lines,
						this.shippingAddress, this.paymentTerms, this.paidAt);
		return new StatusTransition(this, after, by, at);
	}

	/** The statuses it can still move to; none once it is cancelled. */
	public List<OrderStatus> nextStatuses() {
		if (this.status.isTerminal()) {
			return List.of();
		}
		return Arrays.stream(OrderStatus.values()).filter((next) -> next != this.status).toList();
	}

	/** Net terms' due day; null for other terms or none. */
	public LocalDate paymentDue() {
		PaymentTerms terms = PaymentTerms.of(this.paymentTerms);
		return (terms != null) ? terms.due(this.createdAt) : null;
	}

	public boolean paid() {
		return this.paidAt != null;
	}

	/** Counts towards the customer's open balance: not paid, not cancelled. */
	public boolean unpaid() {
		return this.paidAt == null && this.status != OrderStatus.CANCELLED;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}

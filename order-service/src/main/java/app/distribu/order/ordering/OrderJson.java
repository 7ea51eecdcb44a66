package app.distribu.order.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.distribu.order.customer.ShippingAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import app.distribu.platform.web.apidocs.Money;
import org.jspecify.annotations.Nullable;

/**
 * The public order shape: money as decimal strings, times in ISO-8601 UTC. Payment terms
 * are the customer's when the order was placed; {@code paymentDue} is a date for Net
 * terms only; {@code paid} is what staff last set.
 */
public record OrderJson(String id, long number, OrderStatus status, OrderSource source, String customerId,
		List<Line> lines, @Money String total, String currency, @Nullable String notes, @Nullable String poNumber,
		@Nullable ShippingAddress shippingAddress, Instant createdAt, @Nullable @Schema(allowableValues = {
				"PREPAID", "DUE_ON_DELIVERY", "NET_15", "NET_30", "NET_60" }) String paymentTerms,
		@Nullable LocalDate paymentDue, boolean paid, @Nullable Instant paidAt){

	public static OrderJson of(Order order) {
		return new OrderJson(order.id().toString(), order.number(), order.status(), order.source(),
				order.customerId().toString(), order.lines().stream().map(Line::of).toList(),
				order.total().toPlainString(), order.currency(), order.notes(), order.poNumber(),
				order.shippingAddress(), order.createdAt(), order.paymentTerms(), order.paymentDue(), order.paid(),
				order.paidAt());
	}

	/** {@code priceRule} says why the unit price is what it is ("Volume price, 10+"). */
	public record Line(String sku, String name, @Money String unitPrice, int quantity, @Money String lineTotal,
			@Nullable String priceRule, @Nullable String priceList) {

		static Line of(OrderLine line) {
			return new Line(line.sku(), line.name(), line.unitPrice().toPlainString(), line.quantity(),
					line.lineTotal().toPlainString(), line.priceRule(), line.priceList());
		}

	}

}

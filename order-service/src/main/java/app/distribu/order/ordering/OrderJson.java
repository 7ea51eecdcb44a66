package app.distribu.order.ordering;

import java.time.Instant;
import java.util.List;

import app.distribu.order.customer.ShippingAddress;

/** The public order shape: money as decimal strings, times in ISO-8601 UTC. */
public record OrderJson(String id, long number, OrderStatus status, OrderSource source, String customerId,
		List<Line> lines, String total, String currency, String notes, String poNumber, ShippingAddress shippingAddress,
		Instant createdAt) {

	public static OrderJson of(Order order) {
		return new OrderJson(order.id().toString(), order.number(), order.status(), order.source(),
				order.customerId().toString(), order.lines().stream().map(Line::of).toList(),
				order.total().toPlainString(), order.currency(), order.notes(), order.poNumber(),
				order.shippingAddress(), order.createdAt());
	}

	public record Line(String sku, String name, String unitPrice, int quantity, String lineTotal) {

		static Line of(OrderLine line) {
			return new Line(line.sku(), line.name(), line.unitPrice().toPlainString(), line.quantity(),
					line.lineTotal().toPlainString());
		}

	}

}

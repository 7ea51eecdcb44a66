package app.distribu.order.ordering;

import java.time.Instant;
import java.util.List;

import app.distribu.order.customer.ShippingAddress;

/** Data of {@code order.created} (docs/architecture.md, Events). */
record OrderCreated(String orderId, long number, OrderSource source, OrderStatus status, String customerId,
		String customerName, List<OrderJson.Line> lines, String total, String currency, ShippingAddress shippingAddress,
		Instant createdAt) {

	static OrderCreated of(Order order, String customerName) {
		OrderJson json = OrderJson.of(order);
		return new OrderCreated(json.id(), json.number(), json.source(), json.status(), json.customerId(), customerName,
				json.lines(), json.total(), json.currency(), json.shippingAddress(), json.createdAt());
	}

}

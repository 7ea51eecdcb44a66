package app.distribu.order.status;

import java.util.List;

import app.distribu.order.ordering.Order;

/** Data of {@code order.cancelled}: what catalog-service puts back into stock. */
record OrderCancelled(String orderId, long number, List<Line> lines) {

	static OrderCancelled of(Order order) {
		return new OrderCancelled(order.id().toString(), order.number(),
				order.lines().stream().map((line) -> new Line(line.sku(), line.quantity())).toList());
	}

	record Line(String sku, int quantity) {

	}

}

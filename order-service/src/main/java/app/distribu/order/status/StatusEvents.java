package app.distribu.order.status;

import java.util.List;

import org.springframework.stereotype.Component;

import app.distribu.order.customer.ShippingAddress;
import app.distribu.order.events.OrderEvents;
import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderStatus;
import app.distribu.order.ordering.StatusTransition;

/**
 * The events a status transition announces, with their data (schemas in
 * platform/event-contracts): always {@code order.status_changed}, then the event of the
 * status it reached, where it has one ({@code order.shipped}, {@code order.cancelled}).
 */
@Component
class StatusEvents {

	private final OrderEvents events;

	StatusEvents(OrderEvents events) {
		this.events = events;
	}

	void publish(StatusTransition transition) {
		Order order = transition.after();
		this.events.publish(order.companyId(), "order.status_changed",
				new StatusChanged(order.id().toString(), order.number(), transition.from(), transition.to()));
		if (transition.changed() && transition.to() == OrderStatus.SHIPPED) {
			this.events.publish(order.companyId(), "order.shipped",
					new Shipped(order.id().toString(), order.number(), order.customerId().toString(),
							order.lines()
								.stream()
								.map((line) -> new ShippedLine(line.sku(), line.name(), line.quantity()))
								.toList(),
							order.shippingAddress()));
		}
		if (transition.givesStockBack()) {
			this.events.publish(order.companyId(), "order.cancelled",
					new Cancelled(order.id().toString(), order.number(),
							order.lines().stream().map((line) -> new Line(line.sku(), line.quantity())).toList()));
		}
	}

	/** Data of {@code order.status_changed}. */
	record StatusChanged(String orderId, long number, OrderStatus from, OrderStatus to) {

	}

	/** Data of {@code order.cancelled}: what catalog-service puts back into stock. */
	record Cancelled(String orderId, long number, List<Line> lines) {

	}

	record Line(String sku, int quantity) {

	}

	/** Data of {@code order.shipped}: what left, for whom, to where (null: collected). */
	record Shipped(String orderId, long number, String customerId, List<ShippedLine> lines,
			ShippingAddress shippingAddress) {

	}

	record ShippedLine(String sku, String name, int quantity) {

	}

}

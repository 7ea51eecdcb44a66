package app.distribu.order.status;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.order.events.OrderEvents;
import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderNotFound;
import app.distribu.order.ordering.OrderRepository;
import app.distribu.order.ordering.OrderStatus;
import app.distribu.platform.web.Conflict;

@Service
public class ChangingOrderStatus {

	private final OrderRepository orders;

	private final OrderEvents events;

	private final Clock clock;

	ChangingOrderStatus(OrderRepository orders, OrderEvents events, Clock clock) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Order change(UUID companyId, UUID orderId, OrderStatus to, UUID changedBy) {
		Order order = this.orders.find(companyId, orderId).orElseThrow(OrderNotFound::new);
		if (order.status().isTerminal()) {
			throw new Conflict("Order " + order.number() + " is cancelled. A cancelled order can't change status; "
					+ "create a new order with the same lines instead.");
		}
		if (order.status() == to) {
			return order;
		}
		if (!this.orders.updateStatus(order, to)) {
			throw new Conflict("Order " + order.number() + " was changed by someone else. Reload it and try again.");
		}
		this.orders.recordStatusChange(orderId, order.status(), to, changedBy, Instant.now(this.clock));
		this.events.publish(companyId, "order.status_changed",
				new OrderStatusChanged(orderId.toString(), order.number(), order.status(), to));
		if (to == OrderStatus.CANCELLED) {
			this.events.publish(companyId, "order.cancelled", OrderCancelled.of(order));
		}
		return this.orders.find(companyId, orderId).orElseThrow(OrderNotFound::new);
	}

}

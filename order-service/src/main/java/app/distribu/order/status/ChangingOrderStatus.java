package app.distribu.order.status;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.order.ordering.Order;
import app.distribu.order.ordering.OrderNotFound;
import app.distribu.order.ordering.OrderRepository;
import app.distribu.order.ordering.OrderStatus;
import app.distribu.order.ordering.StatusTransition;
import app.distribu.platform.web.Conflict;

/**
 * Loads the order, asks it to change (the rules are {@link Order#changeStatus}'s), saves
 * the transition and announces it, in one transaction.
 */
@Service
public class ChangingOrderStatus {

	private final OrderRepository orders;

	private final StatusEvents events;

	private final Clock clock;

	private final ApplicationEventPublisher changes;

	ChangingOrderStatus(OrderRepository orders, StatusEvents events, Clock clock, ApplicationEventPublisher changes) {
		this.orders = orders;
		this.events = events;
		this.clock = clock;
		this.changes = changes;
	}

	/**
	 * The order after the change. The {@link StatusTransition} is also published inside
	 * the transaction, so what listeners write (the buyer's status mail) commits with it.
	 */
	@Transactional
	public Order change(UUID companyId, UUID orderId, OrderStatus to, UUID changedBy) {
		Order order = this.orders.find(companyId, orderId).orElseThrow(OrderNotFound::new);
		StatusTransition transition = order.changeStatus(to, changedBy, Instant.now(this.clock));
		if (!transition.changed()) {
			return order;
		}
		if (!this.orders.save(transition)) {
			throw new Conflict("Order " + order.number() + " was changed by someone else. Reload it and try again.");
		}
		this.events.publish(transition);
		this.changes.publishEvent(transition);
		// Read back: a payment marked meanwhile does not move the version.
		return this.orders.find(companyId, orderId).orElseThrow(OrderNotFound::new);
	}

}

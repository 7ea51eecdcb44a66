package app.distribu.order.ordering;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.order.credit.CreditLimits;
import app.distribu.order.customer.CustomerRef;
import app.distribu.order.customer.CustomerTerms;
import app.distribu.order.events.OrderEvents;
import app.distribu.order.outcome.OrderOutcomes;
import app.distribu.order.quota.MonthlyQuota;

/** The one transaction of placing an order, run once its stock is reserved. */
@Service
class OrderRecorder {

	private final OrderRepository orders;

	private final OrderEvents events;

	private final MonthlyQuota quota;

	private final OrderOutcomes outcomes;

	private final IdempotencyKeys keys;

	private final CreditLimits credit;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher placed;

	OrderRecorder(OrderRepository orders, OrderEvents events, MonthlyQuota quota, OrderOutcomes outcomes,
			IdempotencyKeys keys, CreditLimits credit, JsonMapper json, Clock clock, ApplicationEventPublisher placed) {
		this.orders = orders;
		this.events = events;
		this.quota = quota;
		this.outcomes = outcomes;
		this.keys = keys;
		this.credit = credit;
		this.json = json;
		this.clock = clock;
		this.placed = placed;
	}

	@Transactional
	Order record(UUID orderId, UUID companyId, UUID placedBy, CustomerRef customer, OrderSource source,
			Reservation reservation, CustomerTerms terms, PlaceOrderRequest request, IdempotentRequest idempotent,
			Buyer buyer, AgreedPrices agreed) {
		if (!this.outcomes.commit(orderId)) {
			throw new OrderTookTooLong();
		}
		if (idempotent != null && !this.keys.claim(idempotent)) {
			throw new IdempotencyKeyTaken();
		}
		// Microseconds: what PostgreSQL keeps, so the answer equals what is read back
		// later.
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		this.quota.take(companyId, now);
		long number = this.orders.nextNumber(companyId);
		Order order = Order.place(orderId, companyId, number, customer.id(), source, reservation, terms.shipTo(),
				terms.paymentTerms(), request.notes(), request.poNumber(), now);
		this.credit.take(companyId, customer.id(), order.total(), order.currency(), terms);
		this.orders.insert(order);
		this.orders.recordStatusChange(orderId, null, order.status(), placedBy, now);
		if (agreed != null) {
			agreed.claim().accept(order);
		}
		this.events.publish(companyId, "order.created", OrderCreated.of(order, customer.name()));
		this.placed.publishEvent(new OrderPlaced(order, customer.name(), buyer));
		if (idempotent != null) {
			this.keys.complete(idempotent, HttpStatus.CREATED.value(),
					this.json.writeValueAsString(OrderJson.of(order)));
		}
		return order;
	}

}

package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import app.distribu.order.customer.CustomerDirectory;
import app.distribu.order.customer.CustomerRef;
import app.distribu.order.customer.CustomerTerms;
import app.distribu.order.customer.OrderCustomer;
import app.distribu.order.outcome.OrderOutcomes;
import app.distribu.order.outcome.Outcome;
import app.distribu.order.quota.MonthlyQuota;
import app.distribu.platform.web.Unprocessable;

/**
 * Places an order: checks the customer, reserves stock at catalog-service (which prices
 * it), then records the order in one transaction, credit limit included. If recording
 * fails the order id is given up and the reservation given back, so stock never stays
 * taken by an order that does not exist; if even that fails, catalog asks about the
 * reservation later ({@link OrderOutcomes}).
 */
@Service
class PlacingOrders {

	private static final Logger log = LoggerFactory.getLogger(PlacingOrders.class);

	private final CustomerDirectory customers;

	private final CatalogReservationsClient stock;

	private final OrderRecorder recorder;

	private final MonthlyQuota quota;

	private final OrderOutcomes outcomes;

	private final Clock clock;

	PlacingOrders(CustomerDirectory customers, CatalogReservationsClient stock, OrderRecorder recorder,
			MonthlyQuota quota, OrderOutcomes outcomes, Clock clock) {
		this.customers = customers;
		this.stock = stock;
		this.recorder = recorder;
		this.quota = quota;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	Order place(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request) {
		return place(companyId, placedBy, source, request, null, null, null);
	}

	Order place(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request,
			IdempotentRequest idempotent) {
		return place(companyId, placedBy, source, request, idempotent, null, null);
	}

	/**
	 * {@code idempotent}: the request's key, taken in the order's transaction, or null;
	 * {@code buyer}: the storefront contact who gets the order's mails, or null;
	 * {@code expectedTotal}: the total the buyer was shown, or null — the order is
	 * refused if catalog prices it otherwise (checked on the reservation's prices, so the
	 * order costs one catalog call).
	 */
	Order place(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request,
			IdempotentRequest idempotent, Buyer buyer, BigDecimal expectedTotal) {
		return OrderMeters.placing(source,
				() -> placeMeasured(companyId, placedBy, source, request, idempotent, buyer, expectedTotal, null));
	}

	/**
	 * An order at prices agreed beforehand ({@code agreed}), through the same checks,
	 * stock reservation, limits and credit as every other order.
	 */
	Order placeAgreed(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request, Buyer buyer,
			AgreedPrices agreed) {
		return OrderMeters.placing(source,
				() -> placeMeasured(companyId, placedBy, source, request, null, buyer, null, agreed));
	}

	private Order placeMeasured(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request,
			IdempotentRequest idempotent, Buyer buyer, BigDecimal expectedTotal, AgreedPrices agreed) {
		OrderCustomer known = this.customers.forOrder(companyId, request.customerId(), request.shippingAddressId());
		CustomerRef customer = known.customer();
		if (customer.isBlocked()) {
			throw new Unprocessable("This customer is blocked and can't place orders.");
		}
		this.quota.refuseIfReached(companyId, Instant.now(this.clock));
		CustomerTerms terms = known.terms(request.shippingAddressId());
		List<RequestedLine> lines = RequestedLine.merge(request.lines());
		UUID orderId = UUID.randomUUID();
		Reservation reserved = this.stock.reserve(orderId, source, Pricing.of(request.pricing()), customer.id(), lines);
		Reservation reservation = (agreed != null) ? reserved.at(agreed) : reserved;
		try {
			if (expectedTotal != null && expectedTotal.compareTo(reservation.total()) != 0) {
				throw new PricesChanged();
			}
			return this.recorder.record(orderId, companyId, placedBy, customer, source, reservation, terms, request,
					idempotent, buyer, agreed);
		}
		catch (RuntimeException ex) {
			giveUp(orderId);
			throw ex;
		}
	}

	/** Only an id no order can take any more gives its stock back. */
	private void giveUp(UUID orderId) {
		try {
			if (this.outcomes.settle(orderId) == Outcome.ABANDONED) {
				this.stock.releaseQuietly(orderId);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Order {} not recorded and not settled; catalog will ask about its reservation: {}", orderId,
					ex.getMessage());
		}
	}

}

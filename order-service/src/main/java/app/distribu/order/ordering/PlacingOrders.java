package app.distribu.order.ordering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.distribu.order.customer.CustomerDirectory;
import app.distribu.order.customer.CustomerRef;
import app.distribu.order.customer.CustomerTerms;
import app.distribu.order.quota.MonthlyQuota;
import app.distribu.platform.web.Unprocessable;

/**
 * Places an order: checks the customer, reserves stock at catalog-service (which prices
 * it), then records the order in one transaction, credit limit included. If recording
 * fails the reservation is given back, so stock never stays taken by an order that does
 * not exist.
 */
@Service
class PlacingOrders {

	private final CustomerDirectory customers;

	private final StockReservations stock;

	private final OrderRecorder recorder;

	private final MonthlyQuota quota;

	private final Clock clock;

	PlacingOrders(CustomerDirectory customers, StockReservations stock, OrderRecorder recorder, MonthlyQuota quota,
			Clock clock) {
		this.customers = customers;
		this.stock = stock;
		this.recorder = recorder;
		this.quota = quota;
		this.clock = clock;
	}

	Order place(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request) {
		return place(companyId, placedBy, source, request, null);
	}

	/**
	 * {@code idempotent}: the request's key, taken in the order's transaction, or null.
	 */
	Order place(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request,
			IdempotentRequest idempotent) {
		return OrderMeters.placing(source, () -> placeMeasured(companyId, placedBy, source, request, idempotent));
	}

	private Order placeMeasured(UUID companyId, UUID placedBy, OrderSource source, PlaceOrderRequest request,
			IdempotentRequest idempotent) {
		CustomerRef customer = this.customers.require(companyId, request.customerId());
		if (customer.isBlocked()) {
			throw new Unprocessable("This customer is blocked and can't place orders.");
		}
		this.quota.refuseIfReached(companyId, Instant.now(this.clock));
		CustomerTerms terms = this.customers.terms(customer.id(), request.shippingAddressId());
		List<RequestedLine> lines = RequestedLine.merge(request.lines());
		UUID orderId = UUID.randomUUID();
		Reservation reservation = this.stock.reserve(orderId, source, Pricing.of(request.pricing()), customer.id(),
				lines);
		try {
			return this.recorder.record(orderId, companyId, placedBy, customer.id(), source, reservation, terms,
					request, idempotent);
		}
		catch (RuntimeException ex) {
			this.stock.releaseQuietly(orderId);
			throw ex;
		}
	}

}

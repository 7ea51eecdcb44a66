package app.distribu.catalog.stock;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order exists for a reservation ({@code order.created}, or order-service said so):
 * the reservation is confirmed and never released on a timer. A reservation that was
 * released meanwhile (which order-service's single decision per order id should make
 * impossible) must not leave phantom stock: it takes its stock again, all lines or none;
 * when stock is now short it takes nothing and raises the alert
 * {@code distribu.stock.late.confirmations{outcome="short"}} for a person to resolve.
 */
@Component
class ReservationConfirmations {

	private static final Logger log = LoggerFactory.getLogger(ReservationConfirmations.class);

	static final String RETAKEN = "Taken again: the order was confirmed after its reservation had been released";

	private final StockRepository stock;

	private final StockLedger ledger;

	private final Clock clock;

	private final Counter retaken;

	private final Counter shortOfStock;

	ReservationConfirmations(StockRepository stock, StockLedger ledger, Clock clock, MeterRegistry meters) {
		this.stock = stock;
		this.ledger = ledger;
		this.clock = clock;
		this.retaken = lateConfirmations(meters, "retaken");
		this.shortOfStock = lateConfirmations(meters, "short");
	}

	@Transactional
	void confirm(UUID companyId, UUID orderId) {
		if (this.stock.markConfirmed(companyId, orderId, OffsetDateTime.now(this.clock)) != Confirmed.AFTER_RELEASE) {
			return;
		}
		Map<UUID, Integer> lines = this.stock.lines(companyId, orderId);
		Map<UUID, Integer> onHand = this.stock.lockStock(companyId, lines.keySet());
		boolean enough = lines.entrySet()
			.stream()
			.allMatch((line) -> onHand.getOrDefault(line.getKey(), 0) >= line.getValue());
		if (!enough) {
			this.shortOfStock.increment();
			log.error(
					"Order {} of company {} was confirmed after its reservation was released and stock is now "
							+ "short ({} wanted, {} on hand): the order is oversold",
					orderId, companyId, lines, onHand);
			return;
		}
		lines.forEach((productId, quantity) -> this.ledger.move(companyId, productId, -quantity, MovementKind.ORDER,
				RETAKEN, orderId, Actors.SYSTEM));
		this.stock.markReservedAgain(companyId, orderId);
		this.retaken.increment();
		log.warn("Order {} of company {} was confirmed after its reservation was released; its stock was taken again",
				orderId, companyId);
	}

	private static Counter lateConfirmations(MeterRegistry meters, String outcome) {
		return Counter.builder("distribu.stock.late.confirmations")
			.description("Orders confirmed after their reservation had been released")
			.tag("outcome", outcome)
			.register(meters);
	}

	/** What a confirmation found. */
	enum Confirmed {

		/** Confirmed before, or no such reservation: nothing to do. */
		ALREADY,
		/** The reservation holds the order's stock. */
		NOW,
		/** The reservation had given its stock back. */
		AFTER_RELEASE

	}

}

package app.distribu.catalog.stock;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.events.IdempotentConsumer;

/**
 * {@code order.created} confirms the order's reservation (it is no longer released on
 * timeout); {@code order.cancelled} gives back what the reservation took, once.
 */
@Component
class OrderEvents {

	private final IdempotentConsumer consumer;

	private final StockReservations reservations;

	private final StockRepository stock;

	private final Clock clock;

	OrderEvents(IdempotentConsumer consumer, StockReservations reservations, StockRepository stock, Clock clock) {
		this.consumer = consumer;
		this.reservations = reservations;
		this.stock = stock;
		this.clock = clock;
	}

	@KafkaListener(topics = "order.events")
	void on(String payload) {
		this.consumer.handle("catalog-stock-return", payload, (event) -> {
			switch (event.type()) {
				case "order.created" ->
					this.stock.markConfirmed(event.companyId(), orderId(event), OffsetDateTime.now(this.clock));
				case "order.cancelled" -> this.reservations.release(event.companyId(), orderId(event),
						MovementKind.CANCELLATION, Actors.SYSTEM);
				default -> {
				}
			}
		});
	}

	private static UUID orderId(EventEnvelope event) {
		return UUID.fromString(event.data().path("orderId").asString());
	}

}

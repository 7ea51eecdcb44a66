package app.distribu.catalog.stock;

import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.events.IdempotentConsumer;

/**
 * {@code order.created} confirms the order's reservation (see
 * {@link ReservationConfirmations}); {@code order.cancelled} gives back what the
 * reservation took, once.
 */
@Component
class OrderEvents {

	private final IdempotentConsumer consumer;

	private final StockReservations reservations;

	private final ReservationConfirmations confirmations;

	OrderEvents(IdempotentConsumer consumer, StockReservations reservations, ReservationConfirmations confirmations) {
		this.consumer = consumer;
		this.reservations = reservations;
		this.confirmations = confirmations;
	}

	@KafkaListener(topics = "order.events")
	void on(String payload) {
		this.consumer.handle("catalog-stock-return", payload, (event) -> {
			switch (event.type()) {
				case "order.created" -> this.confirmations.confirm(event.companyId(), orderId(event));
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

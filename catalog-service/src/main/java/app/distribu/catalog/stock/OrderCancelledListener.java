package app.distribu.catalog.stock;

import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/** A cancelled order gives back what its reservation took, once. */
@Component
class OrderCancelledListener {

	private final IdempotentConsumer consumer;

	private final StockReservations reservations;

	OrderCancelledListener(IdempotentConsumer consumer, StockReservations reservations) {
		this.consumer = consumer;
		this.reservations = reservations;
	}

	@KafkaListener(topics = "order.events")
	void on(String payload) {
		this.consumer.handle("catalog-stock-return", payload, (event) -> {
			if ("order.cancelled".equals(event.type())) {
				UUID orderId = UUID.fromString(event.data().path("orderId").asString());
				this.reservations.release(event.companyId(), orderId);
			}
		});
	}

}

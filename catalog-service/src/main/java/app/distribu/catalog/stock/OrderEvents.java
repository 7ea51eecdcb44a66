package app.distribu.catalog.stock;

import java.util.UUID;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * {@code order.created} confirms the order's reservation (see
 * {@link ReservationConfirmations}); {@code order.cancelled} gives back what the
 * reservation took, once.
 */
@Component
class OrderEvents extends EventConsumer {

	private final StockReservations reservations;

	private final ReservationConfirmations confirmations;

	OrderEvents(StockReservations reservations, ReservationConfirmations confirmations) {
		super("catalog-stock-return", "order.events");
		this.reservations = reservations;
		this.confirmations = confirmations;
	}

	@Override
	protected void apply(EventEnvelope event) {
		switch (event.type()) {
			case "order.created" -> this.confirmations.confirm(event.companyId(), orderId(event));
			case "order.cancelled" ->
				this.reservations.release(event.companyId(), orderId(event), MovementKind.CANCELLATION, Actors.SYSTEM);
			default -> {
			}
		}
	}

	private static UUID orderId(EventEnvelope event) {
		return UUID.fromString(event.data().path("orderId").asString());
	}

}

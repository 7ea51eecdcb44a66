package app.distribu.catalog.stock;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Settles reservations whose {@code order.created} has not come within
 * {@link ReservationSettings#confirmWithin()}: a broker outage, a stuck relay or a
 * consumer catching up delays the event, while a crash of order-service between reserving
 * and recording means no order will ever come. Only order-service can tell them apart, so
 * it is asked: a committed order confirms the reservation, an abandoned id gives the
 * stock back, and no answer leaves everything as it is until the next sweep. Each release
 * is its own idempotent transaction, so replicas sweeping at once return the stock once.
 */
@Component
@EnableConfigurationProperties(ReservationSettings.class)
class UnconfirmedReservations {

	private static final Logger log = LoggerFactory.getLogger(UnconfirmedReservations.class);

	private static final int BATCH = 100;

	private final StockRepository stock;

	private final StockReservations reservations;

	private final ReservationConfirmations confirmations;

	private final OrderOutcomes orders;

	private final ReservationSettings settings;

	private final Clock clock;

	UnconfirmedReservations(StockRepository stock, StockReservations reservations,
			ReservationConfirmations confirmations, OrderOutcomes orders, ReservationSettings settings, Clock clock) {
		this.stock = stock;
		this.reservations = reservations;
		this.confirmations = confirmations;
		this.orders = orders;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${distribu.catalog.reservations.sweep-every:PT30S}")
	void settleOverdue() {
		OffsetDateTime before = OffsetDateTime.now(this.clock).minus(this.settings.confirmWithin());
		for (PendingReservation pending : this.stock.unconfirmedBefore(before, BATCH)) {
			OrderOutcome outcome;
			try {
				outcome = this.orders.of(pending.orderId());
			}
			catch (RestClientException ex) {
				log.warn("order-service did not say whether order {} was committed; its reservation stays: {}",
						pending.orderId(), ex.getMessage());
				return;
			}
			switch (outcome) {
				case COMMITTED -> this.confirmations.confirm(pending.companyId(), pending.orderId());
				case ABANDONED -> this.reservations.release(pending.companyId(), pending.orderId(),
						MovementKind.RELEASE, Actors.SYSTEM);
			}
		}
	}

}

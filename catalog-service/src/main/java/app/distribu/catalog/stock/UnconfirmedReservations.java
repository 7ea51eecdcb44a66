package app.distribu.catalog.stock;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns the stock of reservations whose order never arrived (order-service crashed
 * between reserving and recording the order). Each release is its own idempotent
 * transaction, so replicas sweeping at once return the stock once.
 */
@Component
@EnableConfigurationProperties(ReservationSettings.class)
class UnconfirmedReservations {

	private static final int BATCH = 100;

	private final StockRepository stock;

	private final StockReservations reservations;

	private final ReservationSettings settings;

	private final Clock clock;

	UnconfirmedReservations(StockRepository stock, StockReservations reservations, ReservationSettings settings,
			Clock clock) {
		this.stock = stock;
		this.reservations = reservations;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${distribu.catalog.reservations.sweep-every:PT30S}")
	void releaseExpired() {
		OffsetDateTime before = OffsetDateTime.now(this.clock).minus(this.settings.confirmWithin());
		this.stock.unconfirmedBefore(before, BATCH)
			.forEach((pending) -> this.reservations.release(pending.companyId(), pending.orderId(),
					MovementKind.RELEASE, Actors.SYSTEM));
	}

}

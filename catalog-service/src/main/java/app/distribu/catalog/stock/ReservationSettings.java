package app.distribu.catalog.stock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a reservation waits for its {@code order.created} before its stock goes back.
 */
@ConfigurationProperties("distribu.catalog.reservations")
record ReservationSettings(@DefaultValue("15m") Duration confirmWithin) {

}

package app.distribu.catalog.stock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a reservation waits for its {@code order.created} before catalog asks
 * order-service whether its order was committed, and how to ask.
 *
 * @param orderUrl order-service's base URL ({@code ORDER_URL})
 * @param orderOutcomesSecret shared with order-service ({@code ORDER_OUTCOMES_SECRET})
 */
@ConfigurationProperties("distribu.catalog.reservations")
record ReservationSettings(@DefaultValue("15m") Duration confirmWithin,
		@DefaultValue("http://localhost:8084") String orderUrl, String orderOutcomesSecret) {

}

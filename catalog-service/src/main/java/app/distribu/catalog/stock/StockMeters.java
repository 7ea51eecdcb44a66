package app.distribu.catalog.stock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * {@code distribu.stock.reservations} by outcome (reserved, refused) and
 * {@code distribu.stock.releases} by reason, the movement that gave stock back
 * (docs/operations/observability.md).
 */
final class StockMeters {

	private StockMeters() {
	}

	static void reservation(String outcome) {
		Counter.builder("distribu.stock.reservations")
			.description("Stock reservations asked for by order-service")
			.tag("outcome", outcome)
			.register(Metrics.globalRegistry)
			.increment();
	}

	static void released(MovementKind kind) {
		Counter.builder("distribu.stock.releases")
			.description("Reservations whose stock was given back")
			.tag("reason", kind.name().toLowerCase())
			.register(Metrics.globalRegistry)
			.increment();
	}

}

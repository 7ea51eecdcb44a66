package app.distribu.catalog.stock;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a product's stock history. */
public record StockMovement(int delta, int stockAfter, MovementKind kind, String reason, UUID orderId, String actor,
		OffsetDateTime at) {

}

package app.distribu.order.status;

import java.time.Instant;

import app.distribu.order.ordering.OrderStatus;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of an order's history; {@code from} is null for the creation. */
@Schema(name = "OrderStatusChange")
record StatusChange(@Nullable OrderStatus from, OrderStatus to, @Nullable String changedBy, Instant changedAt) {

}

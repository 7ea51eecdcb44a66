package app.distribu.order.status;

import java.time.Instant;

import app.distribu.order.ordering.OrderStatus;

/** One entry of an order's history; {@code from} is null for the creation. */
record StatusChange(OrderStatus from, OrderStatus to, String changedBy, Instant changedAt) {

}

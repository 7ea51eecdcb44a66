package app.distribu.order.status;

import app.distribu.order.ordering.OrderStatus;

/** Data of {@code order.status_changed}. */
record OrderStatusChanged(String orderId, long number, OrderStatus from, OrderStatus to) {

}

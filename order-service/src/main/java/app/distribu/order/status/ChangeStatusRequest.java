package app.distribu.order.status;

import jakarta.validation.constraints.NotNull;

import app.distribu.order.ordering.OrderStatus;

/** Body of {@code PATCH /api/v1/orders/{id}}. */
record ChangeStatusRequest(@NotNull(message = "status is required.") OrderStatus status) {

}

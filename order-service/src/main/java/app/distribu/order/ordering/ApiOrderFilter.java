package app.distribu.order.ordering;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The API list's optional filters ({@code GET /api/v1/orders}); any null is ignored.
 * Dates are whole UTC days, both ends included.
 */
record ApiOrderFilter(OrderStatus status, OrderSource source, UUID customerId, LocalDate createdFrom,
		LocalDate createdTo) {

	static final ApiOrderFilter NONE = new ApiOrderFilter(null, null, null, null, null);

}

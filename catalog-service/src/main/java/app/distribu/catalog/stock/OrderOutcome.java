package app.distribu.catalog.stock;

/** order-service's answer about a reservation's order id (its {@code Outcome}). */
enum OrderOutcome {

	/** The order exists: the reservation is its stock. */
	COMMITTED,
	/** No order has or will ever have this id: the stock goes back. */
	ABANDONED

}

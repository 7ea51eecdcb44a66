package app.distribu.customer.customer;

import java.util.UUID;

/** Data of {@code customer.created} on {@code customer.events}. */
record CustomerCreated(UUID customerId, String name, String email, String status) {

	static final String TYPE = "customer.created";

}

package app.distribu.customer.accounts;

import java.util.UUID;

/**
 * Data of {@code customer.created} on {@code customer.events}; catalog prices by
 * {@code group}.
 */
record CustomerCreated(UUID customerId, String name, String email, String status, String group) {

	static final String TYPE = "customer.created";

}

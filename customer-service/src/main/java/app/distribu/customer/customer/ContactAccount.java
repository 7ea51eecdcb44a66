package app.distribu.customer.customer;

import java.util.UUID;

/** A contact found by email, with the status of the customer it buys for. */
record ContactAccount(UUID contactId, UUID customerId, String name, String email, CustomerStatus status) {

}

package app.distribu.customer.accounts;

import java.util.UUID;

/** A contact found by email, with the status of the customer it buys for. */
public record ContactAccount(UUID contactId, UUID customerId, String name, String email, CustomerStatus status) {

}

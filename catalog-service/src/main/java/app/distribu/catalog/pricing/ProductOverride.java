package app.distribu.catalog.pricing;

import java.util.UUID;

/**
 * A customer's price for one product; the name is null until customer.created arrived.
 */
public record ProductOverride(UUID customerId, String customerName, String price) {

}

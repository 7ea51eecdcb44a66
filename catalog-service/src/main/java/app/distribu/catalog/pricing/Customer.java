package app.distribu.catalog.pricing;

import java.util.UUID;

/** A customer as the catalog knows it from customer.events. */
public record Customer(UUID id, String name, String status) {

}

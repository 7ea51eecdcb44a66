package app.distribu.catalog.pricing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import app.distribu.platform.web.apidocs.Money;

/**
 * A customer's price for one product; the name is null until customer.created arrived.
 */
public record ProductOverride(UUID customerId, @Nullable String customerName, @Money String price) {

}

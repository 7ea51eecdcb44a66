package app.distribu.customer.store;

import java.util.UUID;

/** A distributor's storefront as customer-service knows it. */
public record Store(UUID companyId, String slug, String name) {

}

package app.distribu.order.ordering;

import java.util.UUID;

/**
 * The storefront contact placing an order, from their session: who gets its mails, and
 * the store as it was named when they ordered.
 */
public record Buyer(UUID contactId, String email, String name, String storeSlug, String storeName) {

}

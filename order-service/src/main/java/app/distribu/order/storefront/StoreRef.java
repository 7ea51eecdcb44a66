package app.distribu.order.storefront;

/** What the storefront layout shows of the store: its address and name. */
public record StoreRef(String slug, String name) {

}

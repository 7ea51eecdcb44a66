package app.distribu.customer.upstream;

/** One row of catalog's price overrides for a customer (money as decimal strings). */
public record PriceOverride(String productId, String sku, String name, String catalogPrice, String price) {

}

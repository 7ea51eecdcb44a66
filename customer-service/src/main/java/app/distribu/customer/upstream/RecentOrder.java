package app.distribu.customer.upstream;

/** One of order-service's orders for a customer, as listed on the detail page. */
public record RecentOrder(String id, Long number, String status, String total, String createdAt) {

}

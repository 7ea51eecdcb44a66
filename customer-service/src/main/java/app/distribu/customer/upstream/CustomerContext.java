package app.distribu.customer.upstream;

import java.util.List;

/**
 * The other services' view of a customer; a null part means that service did not answer.
 */
public record CustomerContext(List<PriceOverride> priceOverrides, List<RecentOrder> recentOrders, Balance balance) {

}

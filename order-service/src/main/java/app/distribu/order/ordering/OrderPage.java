package app.distribu.order.ordering;

import java.util.List;

/** One page of orders, newest first. */
public record OrderPage(List<Order> orders, boolean hasMore) {

}

package app.distribu.order.ordering;

import java.util.List;

/** The public list shape. */
record OrderList(List<OrderJson> data, boolean hasMore, String nextCursor) {

}

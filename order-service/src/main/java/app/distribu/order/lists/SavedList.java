package app.distribu.order.lists;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import app.distribu.order.ordering.OrderDesk;

/**
 * A customer's named list. {@code shared}: made by the distributor (staff or the API), so
 * buyers order and copy it but do not change it.
 */
record SavedList(UUID id, UUID customerId, String name, boolean shared, UUID createdBy, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, List<ListLine> lines) {

	/** The lines as order items, for pricing them. */
	List<OrderDesk.Item> items() {
		return this.lines.stream().map((line) -> new OrderDesk.Item(line.sku(), line.quantity())).toList();
	}

	public int units() {
		return this.lines.stream().mapToInt(ListLine::quantity).sum();
	}

}

package app.distribu.order.lists;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The public list shape. {@code shared}: made by the distributor (dashboard or API), so
 * buyers may order and copy it but not change it.
 */
@Schema(name = "SavedList")
record ListJson(String id, String customerId, String name, boolean shared, List<Line> lines, Instant createdAt,
		Instant updatedAt) {

	static ListJson of(SavedList list) {
		return new ListJson(list.id().toString(), list.customerId().toString(), list.name(), list.shared(),
				list.lines().stream().map((line) -> new Line(line.sku(), line.quantity())).toList(),
				list.createdAt().toInstant(), list.updatedAt().toInstant());
	}

	@Schema(name = "SavedListLine")
	record Line(String sku, int quantity) {

	}

}

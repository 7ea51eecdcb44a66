package app.distribu.catalog.stock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lines naming the same (trimmed) SKU are one line with the quantities added. */
final class OrderLines {

	private OrderLines() {
	}

	static Map<String, Integer> merged(List<ReservationRequest.Line> lines) {
		Map<String, Integer> wanted = new LinkedHashMap<>();
		lines.forEach((line) -> wanted.merge(line.sku().trim(), line.quantity(), Integer::sum));
		return wanted;
	}

}

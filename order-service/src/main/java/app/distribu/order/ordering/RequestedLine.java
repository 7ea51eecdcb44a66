package app.distribu.order.ordering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One SKU and how many of it, after trimming and merging repeats. */
record RequestedLine(String sku, int quantity) {

	/**
	 * SKUs are trimmed like catalog does, and a SKU named twice becomes one line with the
	 * summed quantity, so a partner's repeated line never fails the whole order.
	 */
	static List<RequestedLine> merge(List<PlaceOrderRequest.Line> lines) {
		Map<String, Integer> bySku = new LinkedHashMap<>();
		for (PlaceOrderRequest.Line line : lines) {
			bySku.merge(line.sku().trim(), line.quantity(), Integer::sum);
		}
		List<RequestedLine> merged = new ArrayList<>();
		bySku.forEach((sku, quantity) -> merged.add(new RequestedLine(sku, quantity)));
		return merged;
	}

}

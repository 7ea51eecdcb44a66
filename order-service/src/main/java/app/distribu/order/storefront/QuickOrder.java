package app.distribu.order.storefront;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.distribu.order.ordering.OrderDesk;

/**
 * Pasted "SKU,qty" lines (a spreadsheet's tab or semicolon works too): the lines that
 * read well, and a message for each one that does not, by its line number.
 */
record QuickOrder(List<OrderDesk.Item> items, Map<Integer, String> errors, Map<String, Integer> lineOfSku) {

	static final int MAX_LINES = 200;

	static QuickOrder parse(String text) {
		List<OrderDesk.Item> items = new ArrayList<>();
		Map<Integer, String> errors = new LinkedHashMap<>();
		Map<String, Integer> lineOfSku = new LinkedHashMap<>();
		String[] lines = (text != null) ? text.split("\\R") : new String[0];
		for (int i = 0; i < lines.length && i < MAX_LINES; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s*[,;\\t]\\s*");
			Integer quantity = (parts.length == 2) ? Quantity.parse(parts[1]) : null;
			if (parts.length != 2 || parts[0].isBlank() || quantity == null) {
				errors.put(i + 1, "\"" + line + "\": write the SKU, a comma and a quantity from 1 to 1,000,000, "
						+ "like WDG-001,5.");
				continue;
			}
			items.add(new OrderDesk.Item(parts[0].strip(), quantity));
			lineOfSku.putIfAbsent(parts[0].strip(), i + 1);
		}
		if (lines.length > MAX_LINES) {
			errors.put(MAX_LINES + 1, "Only the first 200 lines were read; paste the rest separately.");
		}
		return new QuickOrder(items, errors, lineOfSku);
	}

}

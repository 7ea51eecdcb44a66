package app.distribu.catalog.productimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Where each column is in the file. Every column must be named exactly once; names are
 * trimmed and compared ignoring case, so {@code SKU} and {@code sku } both work.
 */
final class Header {

	private final Map<Column, Integer> positions;

	private Header(Map<Column, Integer> positions) {
		this.positions = positions;
	}

	static Header of(CSVRecord first) {
		if (first.size() == 1 && (first.get(0).contains(";") || first.get(0).contains("\t"))) {
			throw new FileRefused("The header is separated by " + (first.get(0).contains(";") ? "semicolons" : "tabs")
					+ ", but the file must be comma-separated. In Excel choose Save As → “CSV UTF-8 (Comma "
					+ "delimited)”; the first line must be: " + Column.HEADER);
		}
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < first.size(); i++) {
			String name = first.get(i).trim().toLowerCase(Locale.ROOT);
			Column column = column(name);
			if (column == null) {
				unknown.add(first.get(i).trim());
			}
			else if (positions.putIfAbsent(column, i) != null) {
				throw new FileRefused(
						"The header names the column \"" + name + "\" twice. The first line must be: " + Column.HEADER);
			}
		}
		List<String> missing = new ArrayList<>();
		for (Column column : Column.values()) {
			if (!positions.containsKey(column)) {
				missing.add(column.header());
			}
		}
		if (!unknown.isEmpty() || !missing.isEmpty()) {
			throw new FileRefused(describe(unknown, missing));
		}
		return new Header(positions);
	}

	/** The raw value of the column, or empty when the record is too short. */
	String value(CSVRecord record, Column column) {
		int position = this.positions.get(column);
		return (position < record.size()) ? record.get(position) : "";
	}

	private static Column column(String name) {
		for (Column column : Column.values()) {
			if (column.header().equals(name)) {
				return column;
			}
		}
		return null;
	}

	private static String describe(List<String> unknown, List<String> missing) {
		StringBuilder message = new StringBuilder("The header doesn't match.");
		if (!missing.isEmpty()) {
			message.append(" Missing: ").append(String.join(", ", missing)).append('.');
		}
		if (!unknown.isEmpty()) {
			message.append(" Unknown: ")
				.append(String.join(", ", unknown.stream().map((u) -> "\"" + u + "\"").toList()))
				.append('.');
		}
		return message.append(" The first line must be: ").append(Column.HEADER).toString();
	}

}

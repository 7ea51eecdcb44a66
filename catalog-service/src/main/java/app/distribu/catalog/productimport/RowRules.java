package app.distribu.catalog.productimport;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * The checks of one record that need no database, the same as the product form's: a
 * record breaking any of them is rejected with the first reason found.
 */
final class RowRules {

	private static final Pattern PRICE = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");

	private static final BigInteger MAX_STOCK = BigInteger.valueOf(999_999_999);

	private static final Pattern WHOLE = Pattern.compile("-?\\d+");

	private final Header header;

	RowRules(Header header) {
		this.header = header;
	}

	CsvRow check(CSVRecord record, long line) {
		String reportedSku = this.header.value(record, Column.SKU).trim();
		try {
			if (record.size() != Column.values().length) {
				throw new Reject("Expected " + Column.values().length + " values but found " + record.size()
						+ ". Put fields that contain commas or line breaks in double quotes.");
			}
			for (String value : record) {
				if (value.indexOf('\0') >= 0) {
					throw new Reject("The line contains a NUL character; remove it and import the line again.");
				}
			}
			String sku = required(reportedSku, "SKU", 64);
			String name = required(this.header.value(record, Column.NAME), "Name", 200);
			String description = optional(this.header.value(record, Column.DESCRIPTION), "Description", 2000);
			String category = optional(this.header.value(record, Column.CATEGORY), "Category", 100);
			BigDecimal price = price(this.header.value(record, Column.PRICE).trim());
			int stock = stock(this.header.value(record, Column.STOCK).trim());
			boolean active = active(this.header.value(record, Column.ACTIVE).trim());
			return new CsvRow.Valid(line, sku, name, description, category, price, stock, active);
		}
		catch (Reject reject) {
			return new CsvRow.Rejected(line, reportedSku, reject.getMessage());
		}
	}

	private static String required(String value, String field, int max) {
		String trimmed = value.trim();
		if (trimmed.isEmpty()) {
			throw new Reject(field + " is required.");
		}
		return limited(trimmed, field, max);
	}

	private static String optional(String value, String field, int max) {
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : limited(trimmed, field, max);
	}

	private static String limited(String value, String field, int max) {
		if (value.length() > max) {
			throw new Reject(field + " is at most " + max + " characters.");
		}
		return value;
	}

	private static BigDecimal price(String value) {
		if (value.isEmpty()) {
			throw new Reject("Price is required.");
		}
		if (value.startsWith("-") && PRICE.matcher(value.substring(1)).matches()) {
			throw new Reject("Price must be 0 or more.");
		}
		if (!PRICE.matcher(value).matches()) {
			throw new Reject("Price \"" + value + "\" isn't a price like 12.50 (a dot for decimals, at most 2, "
					+ "no currency sign or thousands separator).");
		}
		return new BigDecimal(value).setScale(2);
	}

	private static int stock(String value) {
		if (value.isEmpty()) {
			throw new Reject("Stock is required.");
		}
		if (!WHOLE.matcher(value).matches()) {
			throw new Reject("Stock \"" + value + "\" isn't a whole number of units, like 25.");
		}
		if (value.startsWith("-")) {
			throw new Reject("Stock must be 0 or more.");
		}
		if (new BigInteger(value).compareTo(MAX_STOCK) > 0) {
			throw new Reject("Stock is at most " + MAX_STOCK + ".");
		}
		return Integer.parseInt(value);
	}

	private static boolean active(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "", "true" -> true;
			case "false" -> false;
			default -> throw new Reject("Active must be true or false, not \"" + value + "\".");
		};
	}

	/** Carries the reason out of the nested checks; never leaves this class. */
	private static final class Reject extends RuntimeException {

		Reject(String reason) {
			super(reason, null, false, false);
		}

	}

}

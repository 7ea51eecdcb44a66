package app.distribu.catalog.productimport;

import java.math.BigDecimal;

/** One record of the file: a product to write or the reason it was rejected. */
sealed interface CsvRow {

	long line();

	String sku();

	/** A record that passed every check that doesn't need the database. */
	record Valid(long line, String sku, String name, String description, String category, BigDecimal price, int stock,
			boolean active) implements CsvRow {
	}

	/** The SKU trimmed (maybe empty), for the report. */
	record Rejected(long line, String sku, String reason) implements CsvRow {
	}

}

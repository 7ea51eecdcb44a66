package app.distribu.catalog.productimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The columns of a products CSV, named in the header row in any order. */
enum Column {

	SKU, NAME, DESCRIPTION, CATEGORY, PRICE, STOCK, ACTIVE;

	static final String HEADER = Arrays.stream(values()).map(Column::header).collect(Collectors.joining(","));

	String header() {
		return name().toLowerCase(Locale.ROOT);
	}

}

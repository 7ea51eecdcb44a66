package app.distribu.catalog.pricing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A price file's first line: the columns by name, in any order and case. */
public record CsvHeader(Map<String, Integer> columns) {

	/** How price files are read: RFC 4180, blank lines skipped. */
	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	public static CsvHeader of(CSVRecord record) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			columns.put(record.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
		return new CsvHeader(columns);
	}

	/** The required columns the line does not name, in the order given. */
	public List<String> missing(Collection<String> required) {
		return required.stream().filter((column) -> !this.columns.containsKey(column)).toList();
	}

}

package app.distribu.platform.test.security;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files for importers, mostly but not always well-formed: the importer's own header
 * in several spellings (or a wrong one), rows of nearly valid values and rows of chaos,
 * with quotes, line breaks, byte order marks and three kinds of line ending.
 */
public final class CsvFuzz {

	private static final List<String> CHAOS = List.of("", " ", "\"", "\"\"", "\"quoted, comma\"", "\"broken", "x\"y",
			"\"a\"\"b\"", "\0", "é", "\r", "\n", "\"multi\nline\"", "=1+2", "'=1+2", "@SUM(A1)", "-1", "1e10",
			"99999999999", "0.001", "NaN", "true", "\t", "\uFEFF", "😀");

	private CsvFuzz() {
	}

	/**
	 * Files with {@code header} (or a wrong one), whose rows take each column's value
	 * from its list most of the time.
	 */
	public static Arbitrary<String> files(String header, List<List<String>> columnValues) {
		List<String> upper = List.of(header.toUpperCase(Locale.ROOT), " " + header.replace(",", " , ") + " ");
		Arbitrary<String> headers = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(header)),
				Tuple.of(2, Arbitraries.of(upper)), Tuple.of(1, Arbitraries.of("", "a,b", header.replace(',', ';'),
						"\"" + header, header + "," + header.split(",")[0])));
		Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(CHAOS), Arbitraries.strings().ofMaxLength(10));
		Arbitrary<String> chaotic = field.list().ofMaxSize(6).map((fields) -> String.join(",", fields));
		List<Arbitrary<String>> columns = new ArrayList<>();
		for (List<String> values : columnValues) {
			columns.add(Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(values)), Tuple.of(1, field)));
		}
		Arbitrary<String> nearlyValid = Combinators.combine(columns).as((values) -> String.join(",", values));
		Arbitrary<String> row = Arbitraries.frequencyOf(Tuple.of(4, nearlyValid), Tuple.of(1, chaotic));
		return Combinators
			.combine(Arbitraries.of("", "\uFEFF"), headers, row.list().ofMaxSize(8), Arbitraries.of("\n", "\r\n", "\r"))
			.as((bom, first, rows, newline) -> bom + first + newline + String.join(newline, rows));
	}

	/**
	 * The file's records as an independent RFC 4180 reader sees them (values trimmed), or
	 * an empty list when it cannot read the file at all.
	 */
	public static List<List<String>> records(String csv) {
		List<List<String>> result = new ArrayList<>();
		try {
			for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv.replace("\uFEFF", "")))) {
				result.add(record.stream().map(String::trim).toList());
			}
		}
		catch (IOException | RuntimeException ex) {
			// Unreadable from some point on: the records read so far stand.
		}
		return result;
	}

}

package app.distribu.catalog.productimport;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import app.distribu.platform.web.CsvSyntax;

/**
 * Reads a products CSV as a stream, one record at a time: RFC 4180, strict UTF-8 with or
 * without a byte order mark. Also rejects a SKU seen earlier in the same file, so it
 * keeps one entry per SKU (not per row) in memory.
 */
final class ProductsCsv implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final CountingInputStream counted;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final RowRules rules;

	private final Map<String, Long> firstLineOfSku = new HashMap<>();

	private ProductsCsv(CountingInputStream counted, CSVParser parser, Iterator<CSVRecord> records, RowRules rules) {
		this.counted = counted;
		this.parser = parser;
		this.records = records;
		this.rules = rules;
	}

	/** Reads the header; a file that can't be read at all is refused with the reason. */
	static ProductsCsv open(InputStream in) {
		CountingInputStream counted = new CountingInputStream(in);
		try {
			InputStream bytes = withoutByteOrderMark(new BufferedInputStream(counted));
			InputStreamReader text = new InputStreamReader(bytes,
					StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT));
			CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
			Iterator<CSVRecord> records = parser.iterator();
			if (!nextExists(records, 1)) {
				throw new FileRefused("The file is empty. The first line must be the header: " + Column.HEADER);
			}
			Header header = Header.of(records.next());
			return new ProductsCsv(counted, parser, records, new RowRules(header));
		}
		catch (IOException ex) {
			throw unreadable(ex, 1);
		}
	}

	/**
	 * The next record's result, or null at the end of the file; blank lines are skipped.
	 */
	CsvRow next() {
		while (true) {
			long line = this.parser.getCurrentLineNumber() + 1;
			if (!nextExists(this.records, line)) {
				return null;
			}
			CSVRecord record = read(line);
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			return withoutRepeatedSku(this.rules.check(record, line));
		}
	}

	long bytesRead() {
		return this.counted.count();
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	private CsvRow withoutRepeatedSku(CsvRow row) {
		if (row instanceof CsvRow.Valid valid) {
			Long first = this.firstLineOfSku.putIfAbsent(valid.sku(), valid.line());
			if (first != null) {
				return new CsvRow.Rejected(row.line(), row.sku(),
						"SKU " + valid.sku() + " is already on line " + first + " of this file.");
			}
		}
		return row;
	}

	private CSVRecord read(long line) {
		try {
			return this.records.next();
		}
		catch (UncheckedIOException ex) {
			throw unreadable(ex.getCause(), line);
		}
		catch (IllegalStateException ex) {
			throw notCsv(line, ex);
		}
	}

	private static boolean nextExists(Iterator<CSVRecord> records, long line) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException ex) {
			throw unreadable(ex.getCause(), line);
		}
		catch (IllegalStateException ex) {
			throw notCsv(line, ex);
		}
	}

	private static FileRefused unreadable(IOException cause, long line) {
		if (cause instanceof CharacterCodingException) {
			return new FileRefused("The file isn't UTF-8 text (a bad byte near line " + line
					+ "). In Excel choose Save As → “CSV UTF-8 "
					+ "(Comma delimited)” and import the new file; nothing was imported.");
		}
		return notCsv(line, cause);
	}

	private static FileRefused notCsv(long line, Exception cause) {
		return new FileRefused(CsvSyntax.explain(cause, line) + " Nothing was imported.");
	}

	private static InputStream withoutByteOrderMark(BufferedInputStream in) throws IOException {
		in.mark(3);
		if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
			in.reset();
		}
		return in;
	}

}

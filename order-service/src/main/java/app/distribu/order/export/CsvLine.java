package app.distribu.order.export;

import java.util.List;

/** One CSV record per RFC 4180: comma-separated, CRLF-terminated, quoted when needed. */
final class CsvLine {

	private CsvLine() {
	}

	static String of(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(quote(fields.get(i)));
		}
		return line.append("\r\n").toString();
	}

	static String quote(String value) {
		if (value == null) {
			return "";
		}
		if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	/**
	 * Text typed by people (notes, names) that starts like a formula is prefixed with an
	 * apostrophe, so a spreadsheet shows it instead of running it.
	 */
	static String text(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}

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

}

package app.distribu.customer.csv;

import java.util.List;

/** What an import did: the rows added and each rejected row with its line and reason. */
record ImportResult(int added, List<RejectedRow> rejected) {

	/** {@code line} is the file's line number (the header is line 1). */
	record RejectedRow(long line, String name, String email, String reason) {

	}

}

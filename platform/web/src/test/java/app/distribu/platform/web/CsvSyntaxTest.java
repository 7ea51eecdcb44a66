package app.distribu.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSyntaxTest {

	@Test
	void anUnclosedQuoteNamesTheLineWhereTheValueStarts() {
		var failure = new UncheckedIOException(
				new IOException("(startline 8) EOF reached before encapsulated token finished"));

		assertThat(CsvSyntax.explain(failure, 12)).startsWith("Line 8 opens a quoted value that is never closed")
			.doesNotContain("EOF", "encapsulated", "startline");
	}

	@Test
	void textAfterAClosingQuoteNamesItsLine() {
		var failure = new IllegalStateException("IOException reading next record: java.io.IOException: "
				+ "Invalid character between encapsulated token and delimiter at line: 1,204, position: 18");

		assertThat(CsvSyntax.explain(failure, 3)).startsWith("Line 1204 has text right after a closing double quote.");
	}

	@Test
	void anythingElseNamesTheLineBeingReadAndNeverTheParsersWords() {
		assertThat(CsvSyntax.explain(new IllegalStateException("mystery"), 5)).startsWith("Line 5 isn't valid CSV.")
			.doesNotContain("mystery", "null");
		assertThat(CsvSyntax.explain(new IllegalStateException(), 2)).doesNotContain("null");
	}

}

package app.distribu.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words where a CSV file stops being CSV and what to fix, instead of the
 * parser's own words ("(startline 8) EOF reached before encapsulated token finished").
 * Every CSV import uses it, so a broken file reads the same everywhere.
 */
public final class CsvSyntax {

	private static final Pattern UNCLOSED = Pattern
		.compile("\\(startline ([\\d,]+)\\) EOF reached before encapsulated token finished");

	private static final Pattern TEXT_AFTER_QUOTE = Pattern
		.compile("(?i)invalid char(?:acter)? between encapsulated token and delimiter at line: ([\\d,]+)");

	private CsvSyntax() {
	}

	/**
	 * What is wrong and where, from the parser's failure (anywhere in the cause chain);
	 * {@code line} is where reading was when it failed, used when the parser names none.
	 */
	public static String explain(Throwable failure, long line) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = (cause.getMessage() != null) ? cause.getMessage() : "";
			Matcher unclosed = UNCLOSED.matcher(message);
			if (unclosed.find()) {
				return "Line " + number(unclosed.group(1)) + " opens a quoted value that is never closed, so the rest "
						+ "of the file would be read as that one value. Add the missing closing double quote (\"), "
						+ "and write any quote inside a value as two (\"\").";
			}
			Matcher afterQuote = TEXT_AFTER_QUOTE.matcher(message);
			if (afterQuote.find()) {
				return "Line " + number(afterQuote.group(1)) + " has text right after a closing double quote. Put a "
						+ "comma straight after the closing quote, or write a quote inside a value as two (\"\").";
			}
		}
		return "Line " + line + " isn't valid CSV. Check its double quotes: a value that contains commas or quotes "
				+ "must be wrapped in double quotes, and a quote inside it written as two (\"\").";
	}

	private static long number(String digits) {
		return Long.parseLong(digits.replace(",", ""));
	}

}

package app.distribu.platform.web;

/**
 * Text cells of CSV files people open in spreadsheets. A cell that starts like a formula
 * ({@code = + - @}, tab, carriage return) gets a leading apostrophe, so Excel,
 * LibreOffice and Google Sheets show it as text instead of running it (CSV injection); an
 * importer takes that apostrophe off again, so an exported file imports unchanged.
 */
public final class CsvCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvCells() {
	}

	/** The value as a cell that cannot start a formula; {@code null} stays null. */
	public static String neutralised(String value) {
		if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	/**
	 * The value {@link #neutralised} was given, for importers reading our own exports.
	 */
	public static String restored(String value) {
		if (value != null && value.length() > 1 && value.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

}

package app.distribu.billing.usage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Usage months are calendar months in UTC, written 'YYYY-MM'. */
public final class Months {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

	private Months() {
	}

	public static String of(Instant instant) {
		return MONTH.format(instant);
	}

}

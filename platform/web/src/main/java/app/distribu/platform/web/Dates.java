package app.distribu.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one way pages show dates and times, in UTC like every stored time:
 * {@code 3 Dec 2026, 14:05 UTC} and {@code 3 Dec 2026}. Templates call it as
 * {@code ${@dates.time(order.createdAt())}} and {@code ${@dates.day(member.joinedAt())}};
 * Java code that prepares page rows uses the static formatters.
 */
public class Dates {

	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** Date and minute; {@code ""} for none. */
	public String time(Object when) {
		return format(when, TIME);
	}

	/** The date alone; {@code ""} for none. */
	public String day(Object when) {
		return format(when, DAY);
	}

	private static String format(Object when, DateTimeFormatter formatter) {
		if (when == null) {
			return "";
		}
		if (when instanceof LocalDate date) {
			return DAY.format(date.atStartOfDay(ZoneOffset.UTC));
		}
		if (when instanceof LocalDateTime local) {
			return formatter.format(local.toInstant(ZoneOffset.UTC));
		}
		if (when instanceof Instant || when instanceof OffsetDateTime || when instanceof ZonedDateTime) {
			return formatter.format((TemporalAccessor) when);
		}
		throw new IllegalArgumentException("Not a date: " + when.getClass().getName());
	}

}

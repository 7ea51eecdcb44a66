package app.distribu.customer.upstream;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One of order-service's orders for a customer, as listed on the detail page and the
 * storefront account page ({@code currency} may be absent).
 */
public record RecentOrder(String id, Long number, String status, String total, String currency, String createdAt) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** The day it was placed (UTC), as the storefront writes dates. */
	public String day() {
		try {
			return DAY.format(Instant.parse(this.createdAt));
		}
		catch (RuntimeException unreadable) {
			return "";
		}
	}

}

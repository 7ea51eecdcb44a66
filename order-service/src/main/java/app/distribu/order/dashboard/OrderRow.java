package app.distribu.order.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** One row of the Orders table. */
public record OrderRow(UUID id, long number, String customer, String source, String status, BigDecimal total,
		String currency, Instant createdAt) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String created() {
		return WHEN.format(this.createdAt);
	}

	public String amount() {
		return this.total.toPlainString() + " " + this.currency;
	}

	public String badge() {
		return switch (this.status) {
			case "CANCELLED" -> "badge bad";
			case "SUBMITTED" -> "badge warn";
			default -> "badge ok";
		};
	}

	public String sourceLabel() {
		return switch (this.source) {
			case "API" -> "API";
			case "STOREFRONT" -> "Storefront";
			default -> "Dashboard";
		};
	}

}

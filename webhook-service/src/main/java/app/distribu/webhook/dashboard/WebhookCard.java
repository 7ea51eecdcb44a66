package app.distribu.webhook.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import app.distribu.webhook.delivery.DeliveryRow;
import app.distribu.webhook.endpoint.WebhookEndpoint;

/**
 * One webhook, its latest deliveries, and the error of its edit form when the last edit
 * was refused.
 */
public record WebhookCard(WebhookEndpoint webhook, List<DeliveryRow> deliveries, String editError) {

	/** The house format of dates: platform/web's {@code Dates.TIME} on main. */
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** Until when the secret before the last rotation still signs, or null. */
	public String previousSecretUntil() {
		Instant until = this.webhook.previousSecretExpiresAt();
		return (until != null && until.isAfter(Instant.now())) ? WHEN.format(until) : null;
	}

	/** Why it is off, in words, or null when it is on or a person turned it off. */
	public String disabledBecause() {
		if (this.webhook.disabledReason() == null) {
			return null;
		}
		return "GONE".equals(this.webhook.disabledReason())
				? "Turned off automatically: the endpoint answered 410 Gone."
				: "Turned off automatically: every attempt failed for about three days.";
	}

}

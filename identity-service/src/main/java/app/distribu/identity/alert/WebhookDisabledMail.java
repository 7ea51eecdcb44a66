package app.distribu.identity.alert;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

@Component
class WebhookDisabledMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final MailOutbox outbox;

	private final IdentityProperties properties;

	WebhookDisabledMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	void send(UUID companyId, Recipient to, WebhookDisabled webhook) {
		String base = this.properties.publicBaseUrl();
		this.outbox.queue(
				new Mail(to.email(), "Webhook turned off: " + webhook.url(), "webhook-disabled", Brand.distribu(base),
						Map.of("name", to.name(), "company", to.companyName(), "url", webhook.url(), "why",
								why(webhook), "link", base + "/dashboard/settings/webhooks", "reason",
								"You get this email as an owner or admin of " + to.companyName() + "."),
						companyId));
	}

	private static String why(WebhookDisabled webhook) {
		if (webhook.gone()) {
			return "Its endpoint answered 410 Gone, which says it wants no more deliveries.";
		}
		String since = (webhook.failingSince() != null) ? " since " + WHEN.format(webhook.failingSince()) : "";
		String last = (webhook.lastError() != null) ? " The last answer was: " + webhook.lastError() : "";
		return "Every attempt to deliver to it has failed" + since + ", over the whole retry schedule of about three "
				+ "days." + last;
	}

}

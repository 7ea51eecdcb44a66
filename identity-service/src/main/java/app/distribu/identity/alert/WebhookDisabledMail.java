package app.distribu.identity.alert;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;

@Component
class WebhookDisabledMail {

	private static final String FROM = "Distribu <no-reply@distribu.app>";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final JavaMailSender mail;

	private final IdentityProperties properties;

	WebhookDisabledMail(JavaMailSender mail, IdentityProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	void send(Recipient to, WebhookDisabled webhook) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(FROM);
		message.setTo(to.email());
		message.setSubject("Webhook turned off: " + webhook.url());
		message.setText("""
				Hello %s,

				We turned off the webhook of %s that sends to
				%s

				%s

				Nothing is sent to it until someone turns it on again. Events of the meantime are in the events feed
				(GET /api/v1/events). Once the endpoint works, turn the webhook on and use "Resend failed deliveries"
				on its card: %s/dashboard/settings/webhooks

				You get this email as an owner or admin of %s.
				""".formatted(to.name(), to.companyName(), webhook.url(), why(webhook), this.properties.publicBaseUrl(),
				to.companyName()));
		this.mail.send(message);
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

package app.distribu.identity.alert;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * A webhook turned off automatically is mailed to each OWNER and ADMIN once, whatever
 * their alert choices (an integration stopped): the mails are queued in the consumer's
 * transaction, so a redelivered event queues nothing.
 */
@Component
class WebhookDisabledListener extends EventConsumer {

	private final AlertRecipients recipients;

	private final WebhookDisabledMail mail;

	WebhookDisabledListener(AlertRecipients recipients, WebhookDisabledMail mail) {
		super("identity-webhook-disabled", "webhook.events");
		this.recipients = recipients;
		this.mail = mail;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!"webhook.disabled".equals(event.type())) {
			return;
		}
		WebhookDisabled webhook = WebhookDisabled.of(event.data());
		this.recipients.ownersAndAdmins(event.companyId())
			.forEach((recipient) -> this.mail.send(event.companyId(), recipient, webhook));
	}

}

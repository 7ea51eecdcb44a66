package app.distribu.identity.alert;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/**
 * A webhook turned off automatically is mailed to each OWNER and ADMIN once; a failed
 * send rolls back so the event is retried.
 */
@Component
class WebhookDisabledListener {

	private final IdempotentConsumer consumer;

	private final AlertRecipients recipients;

	private final WebhookDisabledMail mail;

	WebhookDisabledListener(IdempotentConsumer consumer, AlertRecipients recipients, WebhookDisabledMail mail) {
		this.consumer = consumer;
		this.recipients = recipients;
		this.mail = mail;
	}

	@KafkaListener(topics = "webhook.events")
	void on(String payload) {
		this.consumer.handle("identity-webhook-disabled", payload, (event) -> {
			if (!"webhook.disabled".equals(event.type())) {
				return;
			}
			WebhookDisabled webhook = WebhookDisabled.of(event.data());
			this.recipients.of(event.companyId()).forEach((recipient) -> this.mail.send(recipient, webhook));
		});
	}

}

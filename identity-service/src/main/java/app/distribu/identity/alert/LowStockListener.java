package app.distribu.identity.alert;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/**
 * Mails each member who wants low-stock alerts (by default OWNERs and ADMINs) once per
 * event: the mails are queued in the consumer's transaction, so a redelivered event
 * queues nothing and a failure retries the event.
 */
@Component
class LowStockListener {

	private final IdempotentConsumer consumer;

	private final AlertRecipients recipients;

	private final LowStockMail mail;

	LowStockListener(IdempotentConsumer consumer, AlertRecipients recipients, LowStockMail mail) {
		this.consumer = consumer;
		this.recipients = recipients;
		this.mail = mail;
	}

	@KafkaListener(topics = "catalog.events")
	void on(String payload) {
		this.consumer.handle("identity-low-stock", payload, (event) -> {
			if (!"product.low_stock".equals(event.type())) {
				return;
			}
			LowStock product = LowStock.of(event.data());
			this.recipients.of(event.companyId(), AlertTopic.LOW_STOCK)
				.forEach((recipient) -> this.mail.send(event.companyId(), recipient, product));
		});
	}

}

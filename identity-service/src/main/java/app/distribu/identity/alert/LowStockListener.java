package app.distribu.identity.alert;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * Mails each member who wants low-stock alerts (by default OWNERs and ADMINs) once per
 * event: the mails are queued in the consumer's transaction, so a redelivered event
 * queues nothing and a failure retries the event.
 */
@Component
class LowStockListener extends EventConsumer {

	private final AlertRecipients recipients;

	private final LowStockMail mail;

	LowStockListener(AlertRecipients recipients, LowStockMail mail) {
		super("identity-low-stock", "catalog.events");
		this.recipients = recipients;
		this.mail = mail;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!"product.low_stock".equals(event.type())) {
			return;
		}
		LowStock product = LowStock.of(event.data());
		this.recipients.of(event.companyId(), AlertTopic.LOW_STOCK)
			.forEach((recipient) -> this.mail.send(event.companyId(), recipient, product));
	}

}

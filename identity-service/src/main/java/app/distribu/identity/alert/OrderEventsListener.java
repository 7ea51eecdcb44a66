package app.distribu.identity.alert;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/**
 * identity's one reader of {@code order.events}: a new storefront order (or API order,
 * for those who chose it) is mailed to the members who want it, queued in the consumer's
 * transaction. Dashboard orders are not announced: a team member placed them.
 */
@Component
class OrderEventsListener {

	private final IdempotentConsumer consumer;

	private final AlertRecipients recipients;

	private final NewOrderMail mail;

	OrderEventsListener(IdempotentConsumer consumer, AlertRecipients recipients, NewOrderMail mail) {
		this.consumer = consumer;
		this.recipients = recipients;
		this.mail = mail;
	}

	@KafkaListener(topics = "order.events")
	void on(String payload) {
		this.consumer.handle("identity-order-events", payload, (event) -> {
			if (!"order.created".equals(event.type())) {
				return;
			}
			NewOrder order = NewOrder.of(event.data());
			AlertTopic topic = switch (order.source()) {
				case "STOREFRONT" -> AlertTopic.NEW_STOREFRONT_ORDER;
				case "API" -> AlertTopic.NEW_API_ORDER;
				default -> null;
			};
			if (topic != null) {
				this.recipients.of(event.companyId(), topic)
					.forEach((recipient) -> this.mail.send(event.companyId(), recipient, order, topic));
			}
		});
	}

}

package app.distribu.identity.alert;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * identity's one reader of {@code order.events}: a new storefront order (or API order,
 * for those who chose it), and a quote requested, accepted or declined, is mailed to the
 * members who want it, queued in the consumer's transaction. Dashboard orders are not
 * announced: a team member placed them.
 */
@Component
class OrderEventsListener extends EventConsumer {

	private final AlertRecipients recipients;

	private final NewOrderMail mail;

	private final QuoteMail quoteMail;

	OrderEventsListener(AlertRecipients recipients, NewOrderMail mail, QuoteMail quoteMail) {
		super("identity-order-events", "order.events");
		this.recipients = recipients;
		this.mail = mail;
		this.quoteMail = quoteMail;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (QuoteMail.wanted(event.type(), event.data())) {
			QuoteAlert quote = QuoteAlert.of(event.type(), event.data());
			this.recipients.of(event.companyId(), AlertTopic.QUOTES)
				.forEach((recipient) -> this.quoteMail.send(event.companyId(), recipient, quote));
			return;
		}
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
	}

}

package app.distribu.identity.alert;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

@Component
class NewOrderMail {

	private final MailOutbox outbox;

	private final IdentityProperties properties;

	NewOrderMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	void send(UUID companyId, Recipient to, NewOrder order, AlertTopic topic) {
		String base = this.properties.publicBaseUrl();
		String channel = "API".equals(order.source()) ? "API order" : "order";
		this.outbox.queue(new Mail(to.email(), "New " + channel + " #" + order.number() + " from "
				+ order.customerName() + ": " + order.total() + " " + order.currency(), "new-order",
				Brand.distribu(base),
				Map.of("name", to.name(), "company", to.companyName(), "order", order, "channel", channel, "link",
						base + "/dashboard/orders/" + order.orderId(), "reason", AlertMail.reason(to, topic, base)),
				companyId));
	}

}

package app.distribu.identity.alert;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

@Component
class LowStockMail {

	private final MailOutbox outbox;

	private final IdentityProperties properties;

	LowStockMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	void send(UUID companyId, Recipient to, LowStock product) {
		String base = this.properties.publicBaseUrl();
		this.outbox.queue(new Mail(to.email(), "Low stock: " + product.sku() + " " + product.name(), "low-stock",
				Brand.distribu(base),
				Map.of("name", to.name(), "company", to.companyName(), "product", product, "link",
						base + "/dashboard/products/" + product.productId(), "reason",
						AlertMail.reason(to, AlertTopic.LOW_STOCK, base)),
				companyId));
	}

}

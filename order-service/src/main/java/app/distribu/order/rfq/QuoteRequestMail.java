package app.distribu.order.rfq;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.distribu.order.buyer.PublicAddress;
import app.distribu.order.ordering.Buyer;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/**
 * Mails the buyer who asked for a quote when staff send it, queued in the sending
 * transaction (so only a sent quote is mailed). Staff hear about requests, acceptances
 * and declines from identity-service, which reads the {@code quote.*} events.
 */
@Component
class QuoteRequestMail {

	private final MailOutbox outbox;

	private final PublicAddress address;

	QuoteRequestMail(MailOutbox outbox, PublicAddress address) {
		this.outbox = outbox;
		this.address = address;
	}

	void sent(QuoteRequest quote) {
		Buyer buyer = quote.buyer();
		if (buyer == null || buyer.email() == null || buyer.email().isBlank()) {
			return;
		}
		String base = this.address.publicBaseUrl();
		Map<String, Object> model = new HashMap<>();
		model.put("name", buyer.name());
		model.put("quote", quote);
		model.put("store", buyer.storeName());
		model.put("link", base + "/store/" + buyer.storeSlug() + "/quotes/" + quote.id());
		model.put("reason",
				"You get this email because you asked " + buyer.storeName() + " for a quote as " + buyer.email() + ".");
		this.outbox.queue(new Mail(buyer.email(),
				"Your quote " + quote.reference() + " from " + buyer.storeName() + ": " + quote.money(quote.total()),
				"quote-sent", Brand.store(base, buyer.storeSlug(), buyer.storeName()), model, quote.companyId()));
	}

}

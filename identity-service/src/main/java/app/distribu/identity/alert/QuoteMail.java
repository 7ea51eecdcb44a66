package app.distribu.identity.alert;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/**
 * The team's quote mails: a buyer asked for a quote (staff have to price it), a customer
 * accepted one (it is an order now) or declined it, or a buyer withdrew their request (no
 * need to price it any more). Staff's own withdrawals are not mailed.
 */
@Component
class QuoteMail {

	static final Set<String> TYPES = Set.of("quote.requested", "quote.accepted", "quote.declined");

	static boolean wanted(String type, JsonNode data) {
		return TYPES.contains(type)
				|| ("quote.withdrawn".equals(type) && "BUYER".equals(data.path("withdrawnBy").asString("")));
	}

	private final MailOutbox outbox;

	private final IdentityProperties properties;

	QuoteMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	void send(UUID companyId, Recipient to, QuoteAlert quote) {
		String base = this.properties.publicBaseUrl();
		Map<String, Object> model = new HashMap<>();
		model.put("name", to.name());
		model.put("company", to.companyName());
		model.put("quote", quote);
		model.put("link", base + "/dashboard/quotes/" + quote.quoteId());
		model.put("reason", AlertMail.reason(to, AlertTopic.QUOTES, base));
		this.outbox
			.queue(new Mail(to.email(), quote.headline(), "quote-alert", Brand.distribu(base), model, companyId));
	}

}

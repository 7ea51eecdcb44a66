package app.distribu.identity.contact;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.identity.alert.AlertMail;
import app.distribu.identity.alert.AlertRecipients;
import app.distribu.identity.alert.AlertTopic;
import app.distribu.identity.alert.Recipient;
import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/**
 * Tells the company's team that a business registered at their storefront
 * ({@code customer.registered}): the members who want registration alerts, by default
 * OWNERs and ADMINs. identity knows the people, customer-service the customers.
 */
@Component
class RegistrationMail {

	private final AlertRecipients recipients;

	private final MailOutbox outbox;

	private final IdentityProperties properties;

	RegistrationMail(AlertRecipients recipients, MailOutbox outbox, IdentityProperties properties) {
		this.recipients = recipients;
		this.outbox = outbox;
		this.properties = properties;
	}

	void send(UUID companyId, JsonNode registration) {
		for (Recipient reviewer : this.recipients.of(companyId, AlertTopic.REGISTRATION)) {
			send(companyId, reviewer, registration);
		}
	}

	private void send(UUID companyId, Recipient to, JsonNode data) {
		String base = this.properties.publicBaseUrl();
		UUID customerId = UUID.fromString(data.path("customerId").asString());
		this.outbox.queue(new Mail(to.email(),
				"New customer registration at " + to.companyName() + ": " + data.path("name").asString(),
				"registration", Brand.distribu(base),
				Map.of("name", to.name(), "business", data.path("name").asString(), "contactName",
						data.path("contactName").asString(), "contactEmail", data.path("contactEmail").asString(),
						"link", base + "/dashboard/customers/" + customerId, "reason",
						AlertMail.reason(to, AlertTopic.REGISTRATION, base)),
				companyId));
	}

}

package app.distribu.identity.contact;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.identity.token.SessionVersions;
import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * identity's one reader of {@code customer.events} (two listeners in one consumer group
 * would split the partitions between them). A registration is mailed to the owners and
 * admins; links die with what they were sent for: a removed contact's open links, and
 * those sent to an address the contact no longer has (a fixed typo); a removed contact's
 * sessions end. Mails go out inside the consumer's transaction: a failure retries the
 * event, a redelivery sends nothing.
 */
@Component
class CustomerEventsListener extends EventConsumer {

	private final ContactLinkRepository links;

	private final RegistrationMail registrations;

	private final SessionVersions sessions;

	private final Clock clock;

	CustomerEventsListener(ContactLinkRepository links, RegistrationMail registrations, SessionVersions sessions,
			Clock clock) {
		super("identity-customer-events", "customer.events");
		this.links = links;
		this.registrations = registrations;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	protected void apply(EventEnvelope event) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		switch (event.type()) {
			case "customer.registered" -> this.registrations.send(event.companyId(), event.data());
			case "contact.removed" -> {
				this.links.spendOpen(event.companyId(), contactId(event.data()), null, now);
				// A removed contact's storefront sessions end too, not only its
				// links.
				this.sessions.revokeAll(contactId(event.data()));
			}
			case "contact.updated" -> this.links.spendOpen(event.companyId(), contactId(event.data()),
					event.data().path("email").asString(), now);
			default -> {
			}
		}
	}

	private static UUID contactId(JsonNode data) {
		return UUID.fromString(data.path("contactId").asString());
	}

}

package app.distribu.customer.invite;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.distribu.platform.companies.Store;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/**
 * The mails a customer's contacts get, in the store's name and look. Queued in the
 * caller's transaction (an approval and its invites commit together); links are in the
 * mail only, never logged.
 */
@Component
public class ContactMail {

	private final MailOutbox outbox;

	private final CustomerServiceProperties properties;

	ContactMail(MailOutbox outbox, CustomerServiceProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	public void invite(String to, String name, Store store, IssuedLink link) {
		send(to, "Your account at " + store.name() + " is ready", "contact-invite", store, Map.of("name", name, "link",
				link.url(), "reason", "You get this email because " + store.name() + " opened an account for you."));
	}

	public void signIn(String to, String name, Store store, IssuedLink link) {
		// Rounded up: a link issued a moment ago still reads "30 minutes".
		long minutes = Math.max(1, (Duration.between(Instant.now(), link.expiresAt()).toSeconds() + 59) / 60);
		send(to, "Sign in to " + store.name(), "contact-sign-in", store,
				Map.of("name", name, "link", link.url(), "minutes", minutes, "reason",
						"You get this email because someone asked for a sign-in link for this address."));
	}

	/** A contact of a customer still waiting for approval asked to sign in. */
	public void awaitingApproval(String to, String name, Store store) {
		send(to, "Your account at " + store.name() + " is waiting for approval", "contact-awaiting-approval", store,
				Map.of("name", name, "reason",
						"You get this email because someone asked for a sign-in link for this address."));
	}

	public void rejected(String to, String name, Store store) {
		send(to, "Your registration at " + store.name(), "contact-rejected", store, Map.of("name", name, "storeUrl",
				storeUrl(store), "reason", "You get this email because you registered at " + store.name() + "."));
	}

	private void send(String to, String subject, String template, Store store, Map<String, Object> model) {
		this.outbox.queue(new Mail(to, subject, template,
				Brand.store(this.properties.publicBaseUrl(), store.slug(), store.name()), model, store.companyId()));
	}

	private String storeUrl(Store store) {
		return this.properties.publicBaseUrl() + "/store/" + store.slug();
	}

}

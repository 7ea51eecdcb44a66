package app.distribu.customer.storefront;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.customer.accounts.ContactAccount;
import app.distribu.customer.accounts.Contacts;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.CustomerEvents;
import app.distribu.customer.accounts.CustomerStatus;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.NewCustomer;
import app.distribu.customer.invite.ContactLinks;
import app.distribu.customer.invite.ContactMail;
import app.distribu.customer.invite.IssuedLink;
import app.distribu.customer.invite.LinkRequest;
import app.distribu.customer.throttle.MailQueue;
import app.distribu.customer.throttle.StorefrontThrottle;
import app.distribu.platform.companies.Store;
import app.distribu.platform.events.Outbox;

/**
 * The storefront's side of customers: self-registration and asking for a sign-in link.
 */
@Service
class Registrations {

	private static final Logger log = LoggerFactory.getLogger(Registrations.class);

	private final Customers customers;

	private final Contacts contacts;

	private final Outbox outbox;

	private final ContactLinks links;

	private final ContactMail mail;

	private final StorefrontThrottle throttle;

	/**
	 * Sign-in requests are answered at once and mailed in the background, so known and
	 * unknown addresses take the same time.
	 */
	private final MailQueue mailer;

	Registrations(Customers customers, Contacts contacts, Outbox outbox, ContactLinks links, ContactMail mail,
			StorefrontThrottle throttle, MailQueue mailer) {
		this.customers = customers;
		this.contacts = contacts;
		this.outbox = outbox;
		this.links = links;
		this.mail = mail;
		this.throttle = throttle;
		this.mailer = mailer;
	}

	/**
	 * A PENDING customer with one contact; the distributor is told through the event (and
	 * mailed by identity), so registrations count against the same hourly limits as
	 * sign-in links.
	 */
	@Transactional
	Customer register(Store store, Registration form, String clientAddress) {
		if (!this.throttle.allow(store.companyId(), form.email(), clientAddress)) {
			throw new TooManyRegistrations();
		}
		NewCustomer command = new NewCustomer(form.businessName(), form.email(), form.phone(), null,
				CustomerStatus.PENDING.name(), List.of(new NewCustomer.NewContact(form.name(), form.email())));
		Customer customer = this.customers.addCustomer(store.companyId(), command);
		Customer.Contact contact = customer.contacts().get(0);
		this.outbox.publish(CustomerEvents.TOPIC, store.companyId(), CustomerEvents.Registered.TYPE,
				new CustomerEvents.Registered(customer.id(), customer.name(), customer.email(), contact.name(),
						contact.email()));
		return customer;
	}

	/**
	 * Always returns at once; only a known contact gets a mail, and only while the
	 * address, the store and the client are within their hourly limits.
	 */
	void requestSignIn(Store store, String email, String clientAddress) {
		if (!this.throttle.allow(store.companyId(), email, clientAddress)) {
			return;
		}
		this.mailer.send(() -> {
			try {
				sendSignIn(store, email);
			}
			catch (RuntimeException ex) {
				// The visitor already saw the neutral answer; the address stays out of
				// the
				// log.
				log.warn("A sign-in link for store {} could not be sent", store.slug(), ex);
			}
		});
	}

	private void sendSignIn(Store store, String email) {
		ContactAccount contact = this.contacts.byEmail(store.companyId(), email).orElse(null);
		if (contact == null) {
			return;
		}
		if (contact.status() == CustomerStatus.PENDING) {
			this.mail.awaitingApproval(contact.email(), contact.name(), store);
			return;
		}
		IssuedLink link = this.links.signIn(new LinkRequest(store.companyId(), contact.customerId(),
				contact.contactId(), contact.email(), contact.name()));
		this.mail.signIn(contact.email(), contact.name(), store, link);
	}

}

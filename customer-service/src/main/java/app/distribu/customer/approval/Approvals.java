package app.distribu.customer.approval;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.customer.accounts.Contacts;
import app.distribu.customer.accounts.Customer;
import app.distribu.customer.accounts.CustomerEvents;
import app.distribu.customer.accounts.CustomerStatus;
import app.distribu.customer.accounts.Customers;
import app.distribu.customer.accounts.StatusConflict;
import app.distribu.customer.invite.ContactLinks;
import app.distribu.customer.invite.ContactMail;
import app.distribu.customer.invite.IssuedLink;
import app.distribu.customer.invite.LinkRequest;
import app.distribu.platform.companies.Store;
import app.distribu.platform.companies.Stores;
import app.distribu.platform.events.Outbox;
import app.distribu.platform.web.NotFound;

/**
 * The distributor's answer to a registration, and invites. Links are issued and mailed
 * inside the transaction: if identity or the mail server fails, nothing changes and the
 * distributor can try again.
 */
@Service
public class Approvals {

	private final Customers customers;

	private final Contacts contacts;

	private final Stores stores;

	private final ContactLinks links;

	private final ContactMail mail;

	private final Outbox outbox;

	Approvals(Customers customers, Contacts contacts, Stores stores, ContactLinks links, ContactMail mail,
			Outbox outbox) {
		this.customers = customers;
		this.contacts = contacts;
		this.stores = stores;
		this.links = links;
		this.mail = mail;
		this.outbox = outbox;
	}

	/** PENDING → ACTIVE, and every contact gets a 7-day invite. */
	@Transactional
	public List<SentInvite> approve(UUID companyId, UUID customerId) {
		Customer customer = this.customers.customer(companyId, customerId);
		if (customer.status() != CustomerStatus.PENDING) {
			throw new StatusConflict("Only a pending customer can be approved; this one is "
					+ customer.status().name().toLowerCase() + ".");
		}
		this.customers.changeStatus(companyId, customerId, CustomerStatus.ACTIVE);
		List<SentInvite> sent = new ArrayList<>();
		for (Customer.Contact contact : customer.contacts()) {
			sent.add(invite(companyId, customer, contact));
		}
		return sent;
	}

	/** A pending registration turned down: deleted, and the registrant told by mail. */
	@Transactional
	public Customer reject(UUID companyId, UUID customerId) {
		Customer customer = this.customers.customer(companyId, customerId);
		if (customer.status() != CustomerStatus.PENDING) {
			throw new StatusConflict("Only a pending registration can be rejected. Block the customer instead.");
		}
		Store store = store(companyId);
		this.customers.remove(companyId, customerId);
		this.outbox.publish(CustomerEvents.TOPIC, companyId, CustomerEvents.Rejected.TYPE,
				new CustomerEvents.Rejected(customerId));
		for (Customer.Contact contact : customer.contacts()) {
			this.mail.rejected(contact.email(), contact.name(), store);
		}
		return customer;
	}

	/** A new invite link for one contact; the previous one stops working. */
	@Transactional
	public SentInvite resend(UUID companyId, UUID customerId, UUID contactId) {
		Customer customer = this.customers.customer(companyId, customerId);
		if (customer.status() == CustomerStatus.PENDING) {
			throw new StatusConflict("Approve the customer first; approving sends the invite.");
		}
		Customer.Contact contact = customer.contact(contactId).orElseThrow(() -> new NotFound("Contact " + contactId));
		return invite(companyId, customer, contact);
	}

	private SentInvite invite(UUID companyId, Customer customer, Customer.Contact contact) {
		Store store = store(companyId);
		IssuedLink link = this.links
			.invite(new LinkRequest(companyId, customer.id(), contact.id(), contact.email(), contact.name()));
		this.contacts.markInvited(companyId, contact.id(), OffsetDateTime.now(ZoneOffset.UTC),
				link.expiresAt().atOffset(ZoneOffset.UTC));
		this.mail.invite(contact.email(), contact.name(), store, link);
		return new SentInvite(contact.id(), contact.email(), link.url());
	}

	/** The store arrives with {@code company.created}; a company always has one. */
	private Store store(UUID companyId) {
		return this.stores.findByCompany(companyId).orElseThrow(() -> new NotFound("Store"));
	}

}

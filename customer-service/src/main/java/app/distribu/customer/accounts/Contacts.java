package app.distribu.customer.accounts;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.Outbox;
import app.distribu.platform.web.NotFound;

/** A customer's contacts: the people who sign in to the storefront for it. */
@Service
public class Contacts {

	private final Customers customers;

	private final CustomerRepository repository;

	private final Outbox outbox;

	private final OrderProfiles profiles;

	Contacts(Customers customers, CustomerRepository repository, Outbox outbox, OrderProfiles profiles) {
		this.customers = customers;
		this.repository = repository;
		this.outbox = outbox;
		this.profiles = profiles;
	}

	@Transactional
	public Customer.Contact add(UUID companyId, UUID customerId, NewCustomer.NewContact contact) {
		this.customers.customer(companyId, customerId);
		UUID id = UUID.randomUUID();
		if (!this.repository.insertContact(companyId, customerId, id, contact)) {
			throw new DuplicateEmail("contact", contact.email().trim());
		}
		return publish(companyId, customerId, id, CustomerEvents.ContactChanged.CREATED);
	}

	@Transactional
	public Customer.Contact update(UUID companyId, UUID customerId, UUID contactId, NewCustomer.NewContact contact) {
		existing(companyId, customerId, contactId);
		if (!this.repository.updateContact(companyId, customerId, contactId, contact)) {
			throw new DuplicateEmail("contact", contact.email().trim());
		}
		return publish(companyId, customerId, contactId, CustomerEvents.ContactChanged.UPDATED);
	}

	@Transactional
	public void remove(UUID companyId, UUID customerId, UUID contactId) {
		this.repository.lock(companyId, customerId);
		Customer customer = this.customers.customer(companyId, customerId);
		Customer.Contact contact = existing(companyId, customerId, contactId);
		BuyerRoles.requireAdminIfNeeded(customer.with(
				customer.contacts().stream().filter((c) -> !c.id().equals(contactId)).toList(), customer.addresses()));
		this.repository.deleteContact(companyId, customerId, contactId);
		// The profile names the contacts who approve orders and get their mails.
		this.profiles.announce(companyId, customerId);
		this.outbox.publish(CustomerEvents.TOPIC, companyId, CustomerEvents.ContactChanged.REMOVED,
				new CustomerEvents.ContactChanged(customerId, contactId, contact.email(), contact.name()));
	}

	/** Records when the contact was invited and until when the link works. */
	@Transactional
	public void markInvited(UUID companyId, UUID contactId, OffsetDateTime at, OffsetDateTime expiresAt) {
		this.repository.markInvited(companyId, contactId, at, expiresAt);
	}

	/** The contact with this email (any case) at the company, if there is one. */
	@Transactional(readOnly = true)
	public Optional<ContactAccount> byEmail(UUID companyId, String email) {
		return this.repository.contactByEmail(companyId, email);
	}

	private Customer.Contact existing(UUID companyId, UUID customerId, UUID contactId) {
		return this.customers.customer(companyId, customerId)
			.contact(contactId)
			.orElseThrow(() -> new NotFound("Contact " + contactId));
	}

	private Customer.Contact publish(UUID companyId, UUID customerId, UUID contactId, String type) {
		Customer.Contact saved = existing(companyId, customerId, contactId);
		this.profiles.announce(companyId, customerId);
		this.outbox.publish(CustomerEvents.TOPIC, companyId, type,
				new CustomerEvents.ContactChanged(customerId, contactId, saved.email(), saved.name()));
		return saved;
	}

}

package app.distribu.customer.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.Outbox;
import app.distribu.platform.web.ListPage;
import app.distribu.platform.web.NotFound;
import app.distribu.platform.web.PageCursor;
import app.distribu.platform.web.PageLimit;

/** The customer use cases, always within one company. */
@Service
public class Customers {

	private final CustomerRepository customers;

	private final Outbox outbox;

	private final OrderProfiles profiles;

	Customers(CustomerRepository customers, Outbox outbox, OrderProfiles profiles) {
		this.customers = customers;
		this.outbox = outbox;
		this.profiles = profiles;
	}

	/** A distributor's own customers start ACTIVE unless the request says otherwise. */
	@Transactional
	public Customer addCustomer(UUID companyId, NewCustomer command) {
		UUID id = UUID.randomUUID();
		CustomerStatus status = (command.status() != null) ? CustomerStatus.valueOf(command.status())
				: CustomerStatus.ACTIVE;
		if (!this.customers.insert(companyId, id, command, status)) {
			throw new DuplicateEmail("customer", command.email().trim());
		}
		for (NewCustomer.NewContact contact : Optional.ofNullable(command.contacts()).orElse(List.of())) {
			if (!this.customers.insertContact(companyId, id, contact)) {
				throw new DuplicateEmail("contact", contact.email().trim());
			}
		}
		Customer customer = this.customers.find(companyId, id).orElseThrow();
		this.outbox.publish(CustomerEvents.TOPIC, companyId, CustomerCreated.TYPE,
				new CustomerCreated(id, customer.name(), customer.email(), customer.status().name(), customer.group()));
		for (Customer.Contact contact : customer.contacts()) {
			this.outbox.publish(CustomerEvents.TOPIC, companyId, CustomerEvents.ContactChanged.CREATED,
					new CustomerEvents.ContactChanged(id, contact.id(), contact.email(), contact.name()));
		}
		this.profiles.announce(companyId, id);
		return customer;
	}

	/**
	 * Moves the status and says so on {@code customer.events}; a change racing another
	 * one is refused rather than lost.
	 */
	@Transactional
	public Customer changeStatus(UUID companyId, UUID id, CustomerStatus to) {
		Customer customer = customer(companyId, id);
		if (customer.status() == to) {
			return customer;
		}
		if (to == CustomerStatus.PENDING) {
			throw new StatusConflict("A customer cannot go back to pending.");
		}
		if (!this.customers.changeStatus(companyId, id, customer.status(), to)) {
			throw new StatusConflict("The customer was changed meanwhile. Reload and try again.");
		}
		this.outbox.publish(CustomerEvents.TOPIC, companyId, CustomerEvents.StatusChanged.TYPE,
				new CustomerEvents.StatusChanged(id, to.name(), customer.status().name()));
		this.profiles.announce(companyId, id);
		return customer(companyId, id);
	}

	/**
	 * Saves the details and says so ({@code customer.updated}: catalog follows the
	 * group), then the status if it changed (with its event).
	 */
	@Transactional
	public Customer update(UUID companyId, UUID id, CustomerChanges changes) {
		Customer customer = customer(companyId, id);
		Boolean saved = this.customers.update(companyId, id, customer.version(), changes)
			.orElseThrow(() -> new StatusConflict("The customer was changed meanwhile. Reload and try again."));
		if (!saved) {
			throw new DuplicateEmail("customer", changes.email().trim());
		}
		Customer updated = customer(companyId, id);
		this.outbox.publish(CustomerEvents.TOPIC, companyId, CustomerEvents.Updated.TYPE,
				CustomerEvents.Updated.of(updated));
		this.profiles.announce(companyId, id);
		if (changes.status() != null && !changes.status().equals(customer.status().name())) {
			return changeStatus(companyId, id, CustomerStatus.parse(changes.status()));
		}
		return updated;
	}

	/** The groups in use, for the detail page's suggestions. */
	@Transactional(readOnly = true)
	public List<String> groups(UUID companyId) {
		return this.customers.groups(companyId);
	}

	@Transactional(readOnly = true)
	public PendingSummary pendingSummary(UUID companyId) {
		return new PendingSummary(this.customers.countPending(companyId), this.customers.oldestPending(companyId, 5));
	}

	@Transactional(readOnly = true)
	public int pendingCount(UUID companyId) {
		return this.customers.countPending(companyId);
	}

	@Transactional(readOnly = true)
	public Customer customer(UUID companyId, UUID id) {
		return this.customers.find(companyId, id).orElseThrow(() -> new NotFound("Customer " + id));
	}

	/**
	 * Removes the customer with its contacts and addresses (a rejected registration); the
	 * caller says so with its own event.
	 */
	@Transactional
	public void remove(UUID companyId, UUID id) {
		this.customers.delete(companyId, id);
	}

	/** Customers without contacts and addresses, oldest first after the cursor. */
	@Transactional(readOnly = true)
	public List<Customer> exportChunk(UUID companyId, PageCursor after, int limit, CustomerFilter filter) {
		return this.customers.exportChunk(companyId, after, limit, filter);
	}

	@Transactional(readOnly = true)
	public ListPage<Customer> customers(UUID companyId, Integer limit, String cursor, CustomerFilter filter) {
		int size = PageLimit.of(limit);
		return this.customers.page(companyId, PageCursor.decode(cursor), size, filter);
	}

}

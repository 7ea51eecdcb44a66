package app.distribu.customer.customer;

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
class Customers {

	private final CustomerRepository customers;

	private final Outbox outbox;

	Customers(CustomerRepository customers, Outbox outbox) {
		this.customers = customers;
		this.outbox = outbox;
	}

	/** A distributor's own customers start ACTIVE unless the request says otherwise. */
	@Transactional
	Customer addCustomer(UUID companyId, NewCustomer command) {
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
		this.outbox.publish(CustomerCreated.TOPIC, companyId, CustomerCreated.TYPE,
				new CustomerCreated(id, customer.name(), customer.email(), customer.status().name()));
		return customer;
	}

	@Transactional(readOnly = true)
	Customer customer(UUID companyId, UUID id) {
		return this.customers.find(companyId, id).orElseThrow(() -> new NotFound("Customer " + id));
	}

	@Transactional(readOnly = true)
	ListPage<Customer> customers(UUID companyId, Integer limit, String cursor) {
		int size = PageLimit.of(limit);
		return this.customers.page(companyId, PageCursor.decode(cursor), size);
	}

}

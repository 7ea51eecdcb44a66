package app.distribu.customer.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.Outbox;
import app.distribu.platform.web.NotFound;

/**
 * What an order needs of a customer (name, status, payment terms, credit limit and
 * addresses), announced whole with a revision after every change of it, so order-service
 * places orders from its own copy without asking us (docs/customer-service.md, "Order
 * profile").
 */
@Service
public class OrderProfiles {

	private final CustomerRepository customers;

	private final Outbox outbox;

	OrderProfiles(CustomerRepository customers, Outbox outbox) {
		this.customers = customers;
		this.outbox = outbox;
	}

	/**
	 * In the change's transaction, after the change: the revision is taken first (it
	 * waits for any other change of this customer to commit), then the state is read, so
	 * a higher revision always carries every change of a lower one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void announce(UUID companyId, UUID customerId) {
		long revision = this.customers.nextRevision(companyId, customerId);
		Customer customer = this.customers.find(companyId, customerId).orElseThrow();
		this.outbox.publish(CustomerEvents.TOPIC, companyId, ProfileChanged.TYPE,
				ProfileChanged.of(revision, customer));
	}

	/** The customer as it is now with its revision, read from one snapshot. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Current current(UUID companyId, UUID customerId) {
		long revision = this.customers.revision(companyId, customerId)
			.orElseThrow(() -> new NotFound("Customer " + customerId));
		return new Current(revision, this.customers.find(companyId, customerId).orElseThrow());
	}

	/** A customer and the revision its order profile is at. */
	public record Current(long revision, Customer customer) {

	}

	static String threshold(Customer customer) {
		return (customer.approvalThreshold() != null) ? customer.approvalThreshold().toPlainString() : null;
	}

	/**
	 * A contact with its buyer role: order-service holds orders by role and mails the
	 * admin buyers who approve them.
	 */
	public record Buyer(UUID contactId, String name, String email, String role) {

		public static List<Buyer> of(Customer customer) {
			return customer.contacts()
				.stream()
				.map((contact) -> new Buyer(contact.id(), contact.name(), contact.email(), contact.role().name()))
				.toList();
		}

	}

	/** {@code customer.profile_changed}: internal, read by order-service. */
	record ProfileChanged(UUID customerId, long revision, String name, String status, String paymentTerms,
			String creditLimit, List<Customer.Address> addresses, String approvalThreshold, List<Buyer> buyers) {

		static final String TYPE = "customer.profile_changed";

		static ProfileChanged of(long revision, Customer customer) {
			return new ProfileChanged(customer.id(), revision, customer.name(), customer.status().name(),
					(customer.paymentTerms() != null) ? customer.paymentTerms().name() : null,
					(customer.creditLimit() != null) ? customer.creditLimit().toPlainString() : null,
					customer.addresses(), threshold(customer), Buyer.of(customer));
		}

	}

}

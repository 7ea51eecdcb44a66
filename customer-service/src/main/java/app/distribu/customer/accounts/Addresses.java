package app.distribu.customer.accounts;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.web.NotFound;

/** A customer's shipping and billing addresses, one default of each kind. */
@Service
public class Addresses {

	private final Customers customers;

	private final AddressRepository repository;

	private final OrderProfiles profiles;

	Addresses(Customers customers, AddressRepository repository, OrderProfiles profiles) {
		this.customers = customers;
		this.repository = repository;
		this.profiles = profiles;
	}

	@Transactional
	public Customer.Address add(UUID companyId, UUID customerId, AddressInput input) {
		Customer customer = this.customers.customer(companyId, customerId);
		UUID id = UUID.randomUUID();
		this.repository.insert(companyId, customerId, id, input);
		// The first address of a kind is its default: checkout should never have to ask.
		boolean firstOfKind = customer.addresses().stream().noneMatch((a) -> a.kind().equals(input.kind()));
		if (input.makeDefault() || firstOfKind) {
			this.repository.makeDefault(companyId, customerId, id, input.kind());
		}
		this.profiles.announce(companyId, customerId);
		return existing(companyId, customerId, id);
	}

	/**
	 * Adds the address unless the customer already has the same one (checkout and the
	 * account page send it again on a retry or reload): the existing one is returned.
	 */
	@Transactional
	public Customer.Address addOnce(UUID companyId, UUID customerId, AddressInput input) {
		return this.customers.customer(companyId, customerId)
			.addresses()
			.stream()
			.filter((address) -> same(address, input))
			.findFirst()
			.orElseGet(() -> add(companyId, customerId, input));
	}

	private static boolean same(Customer.Address address, AddressInput input) {
		return address.kind().equals(input.kind()) && address.line1().equalsIgnoreCase(input.line1().strip())
				&& blank(address.line2()).equalsIgnoreCase(blank(input.line2()))
				&& address.city().equalsIgnoreCase(input.city().strip())
				&& address.postalCode().equalsIgnoreCase(input.postalCode().strip())
				&& address.country().equalsIgnoreCase(input.country().strip());
	}

	private static String blank(String value) {
		return (value == null) ? "" : value.strip();
	}

	@Transactional
	public Customer.Address update(UUID companyId, UUID customerId, UUID id, AddressInput input) {
		Customer.Address before = existing(companyId, customerId, id);
		this.repository.update(companyId, customerId, id, input);
		boolean keepsDefault = before.isDefault() && before.kind().equals(input.kind());
		if (input.makeDefault() || keepsDefault) {
			this.repository.makeDefault(companyId, customerId, id, input.kind());
		}
		this.profiles.announce(companyId, customerId);
		return existing(companyId, customerId, id);
	}

	@Transactional
	public void remove(UUID companyId, UUID customerId, UUID id) {
		existing(companyId, customerId, id);
		this.repository.delete(companyId, customerId, id);
		this.profiles.announce(companyId, customerId);
	}

	@Transactional
	public void makeDefault(UUID companyId, UUID customerId, UUID id) {
		Customer.Address address = existing(companyId, customerId, id);
		this.repository.makeDefault(companyId, customerId, id, address.kind());
		this.profiles.announce(companyId, customerId);
	}

	private Customer.Address existing(UUID companyId, UUID customerId, UUID id) {
		return this.customers.customer(companyId, customerId)
			.addresses()
			.stream()
			.filter((address) -> address.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFound("Address " + id));
	}

}

package app.distribu.catalog.pricing;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Price override use cases within one company. */
@Service
public class CustomerPricing {

	private final PriceOverrides overrides;

	private final Customers customers;

	CustomerPricing(PriceOverrides overrides, Customers customers) {
		this.overrides = overrides;
		this.customers = customers;
	}

	@Transactional(readOnly = true)
	public List<ProductOverride> ofProduct(UUID companyId, UUID productId) {
		requireProduct(companyId, productId);
		return this.overrides.ofProduct(companyId, productId);
	}

	@Transactional(readOnly = true)
	ProductOverride one(UUID companyId, UUID productId, UUID customerId) {
		return ofProduct(companyId, productId).stream()
			.filter((override) -> override.customerId().equals(customerId))
			.findFirst()
			.orElseThrow(() -> new PriceOverrideNotFound("Price override for customer " + customerId));
	}

	/**
	 * Customers must be known from customer.events, so a typo can't create a ghost price.
	 */
	@Transactional
	ProductOverride put(UUID companyId, UUID productId, OverrideRequest request) {
		requireProduct(companyId, productId);
		if (!this.customers.exists(companyId, request.customerId())) {
			throw new UnknownCustomer(request.customerId());
		}
		this.overrides.put(companyId, productId, request.customerId(), request.price().setScale(2));
		return one(companyId, productId, request.customerId());
	}

	@Transactional
	void delete(UUID companyId, UUID productId, UUID customerId) {
		requireProduct(companyId, productId);
		if (!this.overrides.delete(companyId, productId, customerId)) {
			throw new PriceOverrideNotFound("Price override for customer " + customerId);
		}
	}

	@Transactional(readOnly = true)
	List<CustomerPrice> ofCustomer(UUID companyId, UUID customerId) {
		return this.overrides.ofCustomer(companyId, customerId);
	}

	@Transactional(readOnly = true)
	public List<Customer> customers(UUID companyId) {
		return this.customers.all(companyId);
	}

	/** Whether customer.created made the customer known here. */
	@Transactional(readOnly = true)
	public boolean knows(UUID companyId, UUID customerId) {
		return this.customers.exists(companyId, customerId);
	}

	/** The customer groups in use, from customer-service's events. */
	@Transactional(readOnly = true)
	public List<String> groups(UUID companyId) {
		return this.customers.groups(companyId);
	}

	private void requireProduct(UUID companyId, UUID productId) {
		if (!this.overrides.productExists(companyId, productId)) {
			throw new PriceOverrideNotFound("Product " + productId);
		}
	}

}

package app.distribu.order.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.distribu.order.ServiceUrls;
import app.distribu.platform.web.Unprocessable;

/**
 * Finds a customer of the caller's company: from the read model, or else from
 * customer-service (with the caller's token, so it answers for the same company).
 */
@Service
public class CustomerDirectory {

	private final CustomerRefRepository customers;

	private final RestClient customerService;

	CustomerDirectory(CustomerRefRepository customers, RestClient.Builder builder, ServiceUrls urls) {
		this.customers = customers;
		this.customerService = builder.clone().baseUrl(urls.customerUrl()).build();
	}

	/** The customer, or 422 "Unknown customer" when customer-service does not know it. */
	public CustomerRef require(UUID companyId, UUID customerId) {
		return this.customers.find(companyId, customerId).orElseGet(() -> fetch(companyId, customerId));
	}

	/**
	 * What a new order is placed under, from one call to customer-service (addresses,
	 * terms and limits are not in the read model, so it is asked every time): where it
	 * ships — the named address, which must be one of the customer's, or else the default
	 * shipping address, none when the customer has none — the payment terms and the
	 * credit limit.
	 */
	public CustomerTerms terms(UUID customerId, UUID addressId) {
		RemoteCustomer remote = remote(customerId);
		return new CustomerTerms(shipTo(remote, addressId).orElse(null), remote.paymentTerms(), remote.creditLimit(),
				Boolean.TRUE.equals(remote.creditEnforced()));
	}

	private static Optional<ShippingAddress> shipTo(RemoteCustomer remote, UUID addressId) {
		List<RemoteAddress> addresses = remote.addresses();
		List<RemoteAddress> known = (addresses != null) ? addresses : List.of();
		if (addressId != null) {
			return Optional.of(known.stream()
				.filter((address) -> addressId.equals(address.id()))
				.findFirst()
				.orElseThrow(() -> new Unprocessable("Unknown shipping address " + addressId + " for this customer."))
				.snapshot());
		}
		return known.stream()
			.filter((address) -> "SHIPPING".equals(address.kind()) && address.isDefault())
			.findFirst()
			.map(RemoteAddress::snapshot);
	}

	private RemoteCustomer remote(UUID customerId) {
		RemoteCustomer remote;
		try {
			remote = this.customerService.get()
				.uri("/internal/customers/{id}", customerId)
				.retrieve()
				.onStatus((status) -> status.value() == HttpStatus.NOT_FOUND.value(), (request, response) -> {
					throw new Unprocessable("Unknown customer");
				})
				.body(RemoteCustomer.class);
		}
		catch (RestClientException ex) {
			throw new CustomerServiceUnavailable();
		}
		if (remote == null || !customerId.equals(remote.id())) {
			throw new Unprocessable("Unknown customer");
		}
		return remote;
	}

	private CustomerRef fetch(UUID companyId, UUID customerId) {
		RemoteCustomer remote = remote(customerId);
		CustomerRef customer = new CustomerRef(customerId, companyId, remote.name(), remote.status());
		this.customers.save(customer);
		return customer;
	}

	record RemoteCustomer(UUID id, String name, String email, String status, List<RemoteAddress> addresses,
			String paymentTerms, BigDecimal creditLimit, Boolean creditEnforced) {

	}

	record RemoteAddress(UUID id, String kind, String line1, String line2, String city, String postalCode,
			String country, boolean isDefault) {

		ShippingAddress snapshot() {
			return new ShippingAddress(this.id, this.line1, this.line2, this.city, this.postalCode, this.country);
		}

	}

}

package app.distribu.order.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.distribu.order.ServiceUrls;
import app.distribu.platform.web.Unprocessable;

/**
 * Finds a customer of the caller's company: from the read model, kept current by
 * customer-service's events, or else — the customer or the named address not known here
 * yet — from customer-service once (with the caller's token, so it answers for the same
 * company), keeping the answer.
 */
@Service
public class CustomerDirectory {

	private final CustomerRefRepository customers;

	private final RestClient customerService;

	CustomerDirectory(CustomerRefRepository customers, RestClient.Builder builder, ServiceUrls urls) {
		this.customers = customers;
		this.customerService = builder.clone().baseUrl(urls.customerUrl()).build();
	}

	/**
	 * The customer (for saved lists), or 422 "Unknown customer" when customer-service
	 * does not know it.
	 */
	public CustomerRef require(UUID companyId, UUID customerId) {
		return this.customers.find(companyId, customerId).orElseGet(() -> fetch(companyId, customerId).customer());
	}

	/**
	 * What an order for the customer needs, from the read model when it knows the
	 * customer and {@code addressId} (null: the default); otherwise from
	 * customer-service, which is then stored (a customer known here only as blocked is
	 * refused without asking). customer-service down → 503, unknown customer → 422.
	 */
	public OrderCustomer forOrder(UUID companyId, UUID customerId, UUID addressId) {
		return this.customers.profile(companyId, customerId)
			.filter((stored) -> stored.knows(addressId))
			.or(() -> this.customers.find(companyId, customerId)
				.filter(CustomerRef::isBlocked)
				.map(OrderCustomer::blocked))
			.orElseGet(() -> fetch(companyId, customerId));
	}

	/**
	 * The customer's buyer roles and approval threshold from the read model (call after
	 * {@link #forOrder}, which stores the profile when it was not known); none known →
	 * everyone a Buyer, no threshold.
	 */
	public BuyerRules buyerRules(UUID companyId, UUID customerId) {
		return this.customers.rules(companyId, customerId).orElse(BuyerRules.NONE);
	}

	private OrderCustomer fetch(UUID companyId, UUID customerId) {
		RemoteCustomer remote = remote(customerId);
		OrderCustomer customer = remote.toOrderCustomer(companyId, null);
		if (remote.revision() != null && remote.creditPolicyRevision() != null) {
			this.customers.saveProfile(customer, remote.rules(), remote.revision());
			this.customers.savePolicy(companyId, customer.creditEnforced(), remote.creditPolicyRevision());
			return customer;
		}
		// An answer that can't be ordered against events (a customer-service older than
		// profiles) is not kept as a profile, so the next order asks again; as before
		// profiles, a name the events already gave is kept.
		String knownName = this.customers.find(companyId, customerId).map(CustomerRef::name).orElse(null);
		CustomerRef answered = new CustomerRef(customerId, companyId, (knownName != null) ? knownName : remote.name(),
				remote.status());
		this.customers.save(answered);
		return remote.toOrderCustomer(companyId, answered);
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

	/**
	 * {@code GET /internal/customers/{id}}; the revisions are absent from a
	 * customer-service older than the read model.
	 */
	record RemoteCustomer(UUID id, String name, String email, String status, List<OrderCustomer.Address> addresses,
			String paymentTerms, BigDecimal creditLimit, Boolean creditEnforced, Long revision,
			Long creditPolicyRevision, BigDecimal approvalThreshold, List<BuyerRules.Contact> buyers) {

		BuyerRules rules() {
			return new BuyerRules(this.approvalThreshold, (this.buyers != null) ? List.copyOf(this.buyers) : List.of());
		}

		/**
		 * {@code customer}: the name and status to use instead of the answer's, or null.
		 */
		OrderCustomer toOrderCustomer(UUID companyId, CustomerRef customer) {
			return new OrderCustomer(
					(customer != null) ? customer : new CustomerRef(this.id, companyId, this.name, this.status),
					(this.addresses != null) ? List.copyOf(this.addresses) : List.of(), this.paymentTerms,
					this.creditLimit, Boolean.TRUE.equals(this.creditEnforced), false);
		}

	}

}

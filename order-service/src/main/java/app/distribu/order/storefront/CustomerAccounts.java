package app.distribu.order.storefront;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.distribu.order.ServiceUrls;
import app.distribu.order.customer.CustomerDirectory;
import app.distribu.order.customer.OrderCustomer;
import app.distribu.platform.web.DomainProblem;

/**
 * The contact's customer account: status (a block stops checkout), addresses, terms and
 * credit, from order-service's customer read model ({@link CustomerDirectory}, which asks
 * customer-service only for a customer or address it does not know yet); and saving an
 * address typed at checkout at customer-service, with the contact's token.
 */
@Component
class CustomerAccounts {

	private final CustomerDirectory directory;

	private final RestClient customers;

	CustomerAccounts(CustomerDirectory directory, RestClient.Builder builder, ServiceUrls urls) {
		this.directory = directory;
		this.customers = builder.clone().baseUrl(urls.customerUrl()).build();
	}

	/** {@code addressId}: the address the buyer chose, so a new one is looked up. */
	CustomerAccount of(UUID companyId, UUID customerId, UUID addressId) {
		OrderCustomer customer;
		try {
			customer = this.directory.forOrder(companyId, customerId, addressId);
		}
		catch (DomainProblem ex) {
			if (ex.status() == HttpStatus.SERVICE_UNAVAILABLE) {
				throw new AccountUnavailable();
			}
			throw ex;
		}
		List<CustomerAccount.Address> addresses = customer.addresses()
			.stream()
			.map((a) -> new CustomerAccount.Address(a.id(), a.kind(), a.line1(), a.line2(), a.city(), a.postalCode(),
					a.country(), a.isDefault()))
			.toList();
		return new CustomerAccount(customerId, customer.customer().name(), customer.customer().status(), addresses,
				customer.paymentTerms(), customer.creditLimit(), customer.creditEnforced());
	}

	/**
	 * Saves a delivery address typed at checkout to the customer (customer-service
	 * answers with the one already saved when it is the same) and returns its id.
	 */
	UUID addShippingAddress(UUID customerId, NewAddress address) {
		try {
			JsonNode saved = this.customers.post()
				.uri("/internal/customers/{id}/addresses", customerId)
				.body(address.toRequest())
				.retrieve()
				.body(JsonNode.class);
			if (saved == null || saved.path("id").isMissingNode()) {
				throw new AccountUnavailable();
			}
			return UUID.fromString(saved.path("id").asString());
		}
		catch (RestClientException ex) {
			throw new AccountUnavailable();
		}
	}

	/** Checkout cannot go on without knowing the account; nothing was ordered. */
	static class AccountUnavailable extends DomainProblem {

		AccountUnavailable() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "Account unavailable",
					"Your account details could not be loaded or saved right now. Please try again in a moment.");
		}

	}

}

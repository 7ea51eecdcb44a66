package app.distribu.order.storefront;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.distribu.order.ServiceUrls;
import app.distribu.platform.web.DomainProblem;

/**
 * {@code GET /internal/customers/{id}} at customer-service with the contact's token: the
 * customer's current status (a block takes effect at once) and its addresses.
 */
@Component
class CustomerAccounts {

	private final RestClient customers;

	CustomerAccounts(RestClient.Builder builder, ServiceUrls urls) {
		this.customers = builder.clone().baseUrl(urls.customerUrl()).build();
	}

	CustomerAccount of(UUID customerId) {
		try {
			JsonNode customer = this.customers.get()
				.uri("/internal/customers/{id}", customerId)
				.retrieve()
				.body(JsonNode.class);
			if (customer == null) {
				throw new AccountUnavailable();
			}
			List<CustomerAccount.Address> addresses = new ArrayList<>();
			for (JsonNode address : customer.path("addresses")) {
				addresses.add(new CustomerAccount.Address(UUID.fromString(address.path("id").asString()),
						address.path("kind").asString("SHIPPING"), address.path("line1").asString(""),
						address.path("line2").asString(null), address.path("city").asString(""),
						address.path("postalCode").asString(""), address.path("country").asString(""),
						address.path("isDefault").asBoolean(false)));
			}
			String limit = customer.path("creditLimit").asString(null);
			return new CustomerAccount(customerId, customer.path("name").asString(null),
					customer.path("status").asString(), List.copyOf(addresses),
					customer.path("paymentTerms").asString(null), (limit != null) ? new BigDecimal(limit) : null,
					customer.path("creditEnforced").asBoolean(false));
		}
		catch (RestClientException ex) {
			throw new AccountUnavailable();
		}
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

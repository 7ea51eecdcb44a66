package app.distribu.order.customer;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

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

	private CustomerRef fetch(UUID companyId, UUID customerId) {
		RemoteCustomer remote = this.customerService.get()
			.uri("/internal/customers/{id}", customerId)
			.retrieve()
			.onStatus((status) -> status.value() == HttpStatus.NOT_FOUND.value(), (request, response) -> {
				throw new Unprocessable("Unknown customer");
			})
			.body(RemoteCustomer.class);
		if (remote == null || !customerId.equals(remote.id())) {
			throw new Unprocessable("Unknown customer");
		}
		CustomerRef customer = new CustomerRef(customerId, companyId, remote.name(), remote.status());
		this.customers.save(customer);
		return customer;
	}

	record RemoteCustomer(UUID id, String name, String email, String status) {

	}

}

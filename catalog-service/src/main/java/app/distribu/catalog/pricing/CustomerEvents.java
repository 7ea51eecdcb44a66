package app.distribu.catalog.pricing;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * Keeps the customer read model in step with customer-service, including the group that
 * price lists are assigned to.
 */
@Component
class CustomerEvents extends EventConsumer {

	private final Customers customers;

	CustomerEvents(Customers customers) {
		super("catalog-customers", "customer.events");
		this.customers = customers;
	}

	@Override
	protected void apply(EventEnvelope event) {
		JsonNode data = event.data();
		switch (event.type()) {
			case "customer.created" -> this.customers.created(event.companyId(),
					new Customer(id(data), data.path("name").asString(), data.path("status").asString()),
					data.path("email").asString(null), data.path("group").asString(null));
			case "customer.updated" -> this.customers.updated(event.companyId(),
					new Customer(id(data), data.path("name").asString(), data.path("status").asString()),
					data.path("email").asString(null), data.path("group").asString(null));
			case "customer.status_changed" ->
				this.customers.statusChanged(event.companyId(), id(data), data.path("status").asString());
			default -> {
			}
		}
	}

	private static UUID id(JsonNode data) {
		return UUID.fromString(data.path("customerId").asString());
	}

}

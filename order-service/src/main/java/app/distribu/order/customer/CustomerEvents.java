package app.distribu.order.customer;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/** Keeps the customer read model current from customer-service's events. */
@Component
class CustomerEvents {

	private final IdempotentConsumer consumer;

	private final CustomerRefRepository customers;

	CustomerEvents(IdempotentConsumer consumer, CustomerRefRepository customers) {
		this.consumer = consumer;
		this.customers = customers;
	}

	@KafkaListener(topics = "customer.events")
	void on(String payload) {
		this.consumer.handle("order-customers", payload, (event) -> {
			JsonNode data = event.data();
			switch (event.type()) {
				case "customer.created" -> this.customers.created(new CustomerRef(id(data), event.companyId(),
						data.path("name").asString(), data.path("status").asString()));
				// A business that registered on the storefront: its name, for the orders
				// (and order.created) it places once approved.
				case "customer.registered" -> this.customers
					.created(new CustomerRef(id(data), event.companyId(), data.path("name").asString(), "PENDING"));
				case "customer.status_changed" ->
					this.customers.statusChanged(event.companyId(), id(data), data.path("status").asString());
				default -> {
				}
			}
		});
	}

	private static UUID id(JsonNode data) {
		return UUID.fromString(data.path("customerId").asString());
	}

}

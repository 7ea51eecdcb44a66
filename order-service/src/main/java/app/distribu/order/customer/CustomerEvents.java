package app.distribu.order.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * Keeps the customer read model current from customer-service's events. Profiles and the
 * credit switch carry revisions, so a late or repeated event changes nothing.
 */
@Component
class CustomerEvents extends EventConsumer {

	private final CustomerRefRepository customers;

	private final JsonMapper json;

	CustomerEvents(CustomerRefRepository customers, JsonMapper json) {
		super("order-customers", "customer.events");
		this.customers = customers;
		this.json = json;
	}

	@Override
	protected void apply(EventEnvelope event) {
		JsonNode data = event.data();
		switch (event.type()) {
			case "customer.profile_changed" -> this.customers.saveProfile(profile(event.companyId(), data), rules(data),
					data.path("revision").asLong());
			case "customer.credit_policy_changed" -> this.customers.savePolicy(event.companyId(),
					data.path("enforced").asBoolean(), data.path("revision").asLong());
			case "customer.created" -> this.customers.created(new CustomerRef(id(data), event.companyId(),
					data.path("name").asString(), data.path("status").asString()));
			// A business that registered on the storefront: its name, for the orders
			// (and order.created) it places once approved.
			case "customer.registered" -> this.customers
				.created(new CustomerRef(id(data), event.companyId(), data.path("name").asString(), "PENDING"));
			case "customer.status_changed" ->
				this.customers.statusChanged(event.companyId(), id(data), data.path("status").asString());
			case "customer.rejected" -> this.customers.removed(event.companyId(), id(data));
			default -> {
			}
		}
	}

	private OrderCustomer profile(UUID companyId, JsonNode data) {
		String limit = data.path("creditLimit").asString(null);
		List<OrderCustomer.Address> addresses = List
			.of(this.json.treeToValue(data.path("addresses"), OrderCustomer.Address[].class));
		// The credit switch is the company's, kept apart; the profile does not carry it.
		return new OrderCustomer(
				new CustomerRef(id(data), companyId, data.path("name").asString(), data.path("status").asString()),
				addresses, data.path("paymentTerms").asString(null), (limit != null) ? new BigDecimal(limit) : null,
				false, false);
	}

	/** A profile from before buyer roles carries none: everyone a Buyer, no threshold. */
	private BuyerRules rules(JsonNode data) {
		String threshold = data.path("approvalThreshold").asString(null);
		List<BuyerRules.Contact> buyers = data.path("buyers").isArray()
				? List.of(this.json.treeToValue(data.path("buyers"), BuyerRules.Contact[].class)) : List.of();
		return new BuyerRules((threshold != null) ? new BigDecimal(threshold) : null, buyers);
	}

	private static UUID id(JsonNode data) {
		return UUID.fromString(data.path("customerId").asString());
	}

}

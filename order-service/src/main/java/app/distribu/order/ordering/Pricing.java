package app.distribu.order.ordering;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which prices catalog applies: its list prices, or the customer's overrides where it has
 * them. API and dashboard orders default to catalog prices.
 */
enum Pricing {

	CATALOG, CUSTOMER;

	static Pricing of(String requested) {
		return "customer".equals(requested) ? CUSTOMER : CATALOG;
	}

	@JsonValue
	String wire() {
		return name().toLowerCase();
	}

}

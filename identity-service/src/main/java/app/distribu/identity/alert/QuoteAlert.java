package app.distribu.identity.alert;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** What a staff alert tells about order-service's {@code quote.*} events. */
record QuoteAlert(String type, UUID quoteId, String reference, String customerName, String total, String currency,
		String message, Long orderNumber, int lines) {

	static QuoteAlert of(String type, JsonNode data) {
		String name = data.path("customerName").asString("");
		return new QuoteAlert(type, UUID.fromString(data.path("quoteId").asString()), data.path("reference").asString(),
				name.isBlank() ? "A customer" : name, data.path("total").asString(""),
				data.path("currency").asString(""),
				data.path("message").isString() ? data.path("message").asString() : null,
				data.path("orderNumber").isNumber() ? data.path("orderNumber").asLong() : null,
				data.path("lines").size());
	}

	/** "1 product", "3 products". */
	public String products() {
		return this.lines + ((this.lines == 1) ? " product" : " products");
	}

	/**
	 * "Corner Deli asked for a quote", "… accepted quote Q-12", "… declined quote Q-12",
	 * "… withdrew quote request Q-12".
	 */
	public String headline() {
		return switch (this.type) {
			case "quote.requested" -> this.customerName + " asked for a quote (" + this.reference + ")";
			case "quote.accepted" ->
				this.customerName + " accepted quote " + this.reference + ": order #" + this.orderNumber;
			case "quote.withdrawn" -> this.customerName + " withdrew quote request " + this.reference;
			default -> this.customerName + " declined quote " + this.reference;
		};
	}

}

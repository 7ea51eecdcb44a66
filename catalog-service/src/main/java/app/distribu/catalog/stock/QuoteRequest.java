package app.distribu.catalog.stock;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /internal/price-quotes}: the lines of a cart, not yet an order. */
record QuoteRequest(UUID customerId,
		@Pattern(regexp = "catalog|customer", message = "Pricing is catalog or customer.") String pricing,
		Boolean storefront, @NotEmpty @Valid List<ReservationRequest.@NotNull Line> lines) {

	/**
	 * A storefront contact's quote is always a storefront quote for its own customer;
	 * other callers choose (a team member may preview a customer's storefront prices).
	 */
	QuoteRequest madeBy(Caller caller) {
		return caller.isContact() ? new QuoteRequest(caller.customerId(), "customer", true, this.lines) : this;
	}

	/** A storefront quote is priced and checked as a storefront order would be. */
	OrderTerms terms() {
		Source source = Boolean.TRUE.equals(this.storefront) ? Source.STOREFRONT : Source.DASHBOARD;
		return OrderTerms.of(source, this.pricing, this.customerId);
	}

}

package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Placing orders from pages: "+ New order" in the dashboard and the storefront checkout
 * go through the same {@link PlacingOrders} as the API, with their own source and
 * pricing.
 */
@Service
public class OrderDesk {

	private final PlacingOrders placing;

	private final IdempotencyKeys keys;

	private final JsonMapper json;

	OrderDesk(PlacingOrders placing, IdempotencyKeys keys, JsonMapper json) {
		this.placing = placing;
		this.keys = keys;
		this.json = json;
	}

	/**
	 * A team member's order: the customer's prices, the same a buyer sees on the
	 * storefront; inactive products allowed by catalog.
	 */
	public Order placeFromDashboard(UUID companyId, UUID userId, UUID customerId, List<Item> items, String notes,
			String poNumber) {
		return this.placing.place(companyId, userId, OrderSource.DASHBOARD,
				new PlaceOrderRequest(customerId, lines(items), notes, poNumber, null, "customer"));
	}

	/**
	 * A storefront contact's checkout: the customer's own prices, to the chosen address;
	 * the buyer is mailed a confirmation. {@code shownTotal}: the total checkout showed,
	 * or null; other prices now refuse the order ({@link PricesChanged}).
	 */
	public Order placeFromStorefront(UUID companyId, Buyer buyer, UUID customerId, List<Item> items, String notes,
			String poNumber, UUID shippingAddressId, BigDecimal shownTotal) {
		return this.placing.place(companyId, buyer.contactId(), OrderSource.STOREFRONT,
				new PlaceOrderRequest(customerId, lines(items), notes, poNumber, shippingAddressId, "customer"), null,
				buyer, shownTotal);
	}

	/**
	 * An approved storefront request placed for its requester at the prices of now, once
	 * per approval whatever happens: the approval's id is the order's idempotency key, so
	 * an approval tried again after a crash answers the order it already placed.
	 */
	public UUID placeApproved(UUID companyId, Buyer requester, UUID customerId, List<Item> items, String notes,
			String poNumber, UUID shippingAddressId, UUID approvalId) {
		IdempotentRequest key = IdempotentRequest.of(companyId, requester.contactId(), "order-approval:" + approvalId,
				approvalId.toString());
		UUID earlier = placedWith(key);
		if (earlier != null) {
			return earlier;
		}
		try {
			return this.placing
				.place(companyId, requester.contactId(), OrderSource.STOREFRONT,
						new PlaceOrderRequest(customerId, lines(items), notes, poNumber, shippingAddressId, "customer"),
						key, requester, null)
				.id();
		}
		catch (IdempotencyKeyTaken ex) {
			UUID placed = placedWith(key);
			if (placed == null) {
				throw ex;
			}
			return placed;
		}
	}

	private UUID placedWith(IdempotentRequest key) {
		return this.keys.find(key)
			.map((stored) -> UUID.fromString(this.json.readTree(stored.body()).path("id").asString()))
			.orElse(null);
	}

	/**
	 * An accepted quote's order: the customer's stock, limits and credit checked now, the
	 * lines at the agreed prices. {@code buyer}: the contact who accepted on the
	 * storefront (mailed the confirmation), or null when a team member (source DASHBOARD)
	 * or a partner (API) accepted for the customer.
	 */
	public Order placeAgreed(UUID companyId, UUID acceptedBy, OrderSource source, UUID customerId, List<Item> items,
			String notes, Buyer buyer, AgreedPrices agreed) {
		return this.placing.placeAgreed(companyId, acceptedBy, source,
				new PlaceOrderRequest(customerId, lines(items), notes, null, null, "customer"), buyer, agreed);
	}

	private static List<PlaceOrderRequest.Line> lines(List<Item> items) {
		return items.stream().map((item) -> new PlaceOrderRequest.Line(item.sku(), item.quantity())).toList();
	}

	/** A SKU and how many of it, as a page collected them. */
	public record Item(String sku, int quantity) {

	}

}

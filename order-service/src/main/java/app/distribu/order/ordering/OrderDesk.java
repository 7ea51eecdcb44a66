package app.distribu.order.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Placing orders from pages: "+ New order" in the dashboard and the storefront checkout
 * go through the same {@link PlacingOrders} as the API, with their own source and
 * pricing.
 */
@Service
public class OrderDesk {

	private final PlacingOrders placing;

	OrderDesk(PlacingOrders placing) {
		this.placing = placing;
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
	 * An accepted quote's order: the customer's stock, limits and credit checked now, the
	 * lines at the agreed prices. {@code buyer}: the contact who accepted on the
	 * storefront (mailed the confirmation), or null when a partner accepted through the
	 * API.
	 */
	public Order placeAgreed(UUID companyId, UUID acceptedBy, UUID customerId, List<Item> items, String notes,
			Buyer buyer, AgreedPrices agreed) {
		OrderSource source = (buyer != null) ? OrderSource.STOREFRONT : OrderSource.API;
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

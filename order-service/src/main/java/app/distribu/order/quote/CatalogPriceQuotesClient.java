package app.distribu.order.quote;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import app.distribu.order.ServiceUrls;
import app.distribu.order.ordering.OrderDesk;

/** {@code POST /internal/price-quotes} at catalog-service, with the caller's token. */
@Component
public class CatalogPriceQuotesClient {

	private final RestClient catalog;

	CatalogPriceQuotesClient(RestClient.Builder builder, ServiceUrls urls) {
		this.catalog = builder.clone().baseUrl(urls.catalogUrl()).build();
	}

	/**
	 * The customer's prices (lists, tiers, own prices), as the dashboard's orders use;
	 * inactive products allowed. Without a customer yet: catalog prices.
	 */
	public Quote forDashboard(UUID customerId, List<OrderDesk.Item> items) {
		return quote(new Request(customerId, "customer", false, items));
	}

	/** The customer's own prices, as on the storefront (inactive products refused). */
	public Quote forStorefront(UUID customerId, List<OrderDesk.Item> items) {
		return quote(new Request(customerId, "customer", true, items));
	}

	private Quote quote(Request request) {
		try {
			Quote quote = this.catalog.post().uri("/internal/price-quotes").body(request).retrieve().body(Quote.class);
			if (quote == null || quote.lines() == null) {
				throw new PricesUnavailable();
			}
			return quote;
		}
		catch (RestClientException ex) {
			throw new PricesUnavailable();
		}
	}

	record Request(UUID customerId, String pricing, boolean storefront, List<OrderDesk.Item> lines) {

	}

}

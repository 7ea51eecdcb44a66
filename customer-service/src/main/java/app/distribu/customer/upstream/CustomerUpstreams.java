package app.distribu.customer.upstream;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls catalog and order with the viewer's token (Boot's builder propagates it), so they
 * apply the same company. Failures degrade to "unavailable" rather than an error page:
 * the customer's own data is still worth showing.
 */
@Component
@EnableConfigurationProperties(UpstreamProperties.class)
public class CustomerUpstreams {

	private static final Logger log = LoggerFactory.getLogger(CustomerUpstreams.class);

	private final RestClient catalog;

	private final RestClient orders;

	CustomerUpstreams(RestClient.Builder builder, UpstreamProperties properties) {
		SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
		http.setConnectTimeout(properties.timeout());
		http.setReadTimeout(properties.timeout());
		this.catalog = builder.clone().requestFactory(http).baseUrl(properties.catalogUrl()).build();
		this.orders = builder.clone().requestFactory(http).baseUrl(properties.orderUrl()).build();
	}

	public CustomerContext of(UUID customerId) {
		return new CustomerContext(priceOverrides(customerId), recentOrders(customerId), balanceOrNull(customerId));
	}

	/**
	 * The customer's open balance at order-service.
	 * @throws RestClientException when order-service does not answer
	 */
	public Balance balance(UUID customerId) {
		Balance balance = this.orders.get()
			.uri("/internal/customers/{id}/balance", customerId)
			.retrieve()
			.body(Balance.class);
		if (balance == null || balance.openBalance() == null) {
			throw new RestClientException("No balance in order-service's answer");
		}
		return balance;
	}

	private Balance balanceOrNull(UUID customerId) {
		try {
			return balance(customerId);
		}
		catch (RestClientException ex) {
			log.warn("Open balance unavailable for customer {}: {}", customerId, ex.getMessage());
			return null;
		}
	}

	/**
	 * The signed-in contact's latest orders at their store (order-service answers for the
	 * contact's own customer, from the propagated token), or null when unavailable.
	 */
	public List<RecentOrder> recentStoreOrders() {
		try {
			return this.orders.get()
				.uri("/internal/store/orders?limit=5")
				.retrieve()
				.body(new ParameterizedTypeReference<List<RecentOrder>>() {
				});
		}
		catch (RestClientException ex) {
			log.warn("Recent storefront orders unavailable: {}", ex.getMessage());
			return null;
		}
	}

	private List<PriceOverride> priceOverrides(UUID customerId) {
		try {
			return this.catalog.get()
				.uri("/internal/customers/{id}/price-overrides", customerId)
				.retrieve()
				.body(new ParameterizedTypeReference<List<PriceOverride>>() {
				});
		}
		catch (RestClientException ex) {
			log.warn("Price overrides unavailable for customer {}: {}", customerId, ex.getMessage());
			return null;
		}
	}

	private List<RecentOrder> recentOrders(UUID customerId) {
		try {
			OrderList list = this.orders.get()
				.uri("/api/v1/orders?customerId={id}&limit=10", customerId)
				.retrieve()
				.body(OrderList.class);
			return (list != null && list.data() != null) ? list.data() : null;
		}
		catch (RestClientException ex) {
			log.warn("Recent orders unavailable for customer {}: {}", customerId, ex.getMessage());
			return null;
		}
	}

	private record OrderList(List<RecentOrder> data) {

	}

}

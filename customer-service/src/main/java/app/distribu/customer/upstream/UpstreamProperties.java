package app.distribu.customer.upstream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param catalogUrl catalog-service ({@code CATALOG_URL})
 * @param orderUrl order-service ({@code ORDER_URL})
 * @param timeout how long the detail page waits for each of them
 */
@ConfigurationProperties("distribu.customer.upstream")
record UpstreamProperties(String catalogUrl, String orderUrl, Duration timeout) {

	UpstreamProperties {
		catalogUrl = (catalogUrl != null) ? catalogUrl : "http://localhost:8082";
		orderUrl = (orderUrl != null) ? orderUrl : "http://localhost:8084";
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(2);
	}

}

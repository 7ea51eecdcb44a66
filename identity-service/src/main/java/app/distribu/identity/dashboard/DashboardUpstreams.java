package app.distribu.identity.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the dashboard home gets its figures.
 *
 * @param orderUrl order-service ({@code ORDER_URL})
 * @param catalogUrl catalog-service ({@code CATALOG_URL})
 * @param customerUrl customer-service ({@code CUSTOMER_URL})
 * @param timeout how long the home page waits for each ({@code UPSTREAM_TIMEOUT})
 */
@ConfigurationProperties("distribu.identity.dashboard")
record DashboardUpstreams(String orderUrl, String catalogUrl, String customerUrl, Duration timeout) {

	DashboardUpstreams {
		orderUrl = (orderUrl != null) ? orderUrl : "http://localhost:8084";
		catalogUrl = (catalogUrl != null) ? catalogUrl : "http://localhost:8082";
		customerUrl = (customerUrl != null) ? customerUrl : "http://localhost:8083";
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(2);
	}

}

package app.distribu.order;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base URLs of the services order-service calls.
 *
 * @param catalogUrl catalog-service (stock reservations)
 * @param customerUrl customer-service (customer lookups)
 */
@ConfigurationProperties("distribu")
public record ServiceUrls(String catalogUrl, String customerUrl) {

}

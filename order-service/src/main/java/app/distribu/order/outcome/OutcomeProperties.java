package app.distribu.order.outcome;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret shared with catalog-service ({@code ORDER_OUTCOMES_SECRET}); its sweep of
 * unconfirmed reservations runs without a caller whose token it could pass on
 */
@ConfigurationProperties("distribu.order-outcomes")
record OutcomeProperties(String secret) {

}

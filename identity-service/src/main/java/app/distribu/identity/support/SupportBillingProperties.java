package app.distribu.identity.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console reaches billing-service's {@code /internal/support/...} endpoints
 * ({@code BILLING_URL}).
 */
@ConfigurationProperties("distribu.identity.support-billing")
record SupportBillingProperties(@DefaultValue("http://localhost:8086") String url) {

}

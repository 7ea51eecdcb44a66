package app.distribu.billing.provider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.billing.BillingProperties;

/**
 * The payment provider named by {@code BILLING_PROVIDER}: {@code manual} or
 * {@code stripe}.
 */
@Configuration
class ProviderConfiguration {

	@Bean
	PaymentProvider paymentProvider(BillingProperties properties, StripeProperties stripe) {
		return switch (properties.provider()) {
			case ManualProvider.NAME -> new ManualProvider();
			case StripeProvider.NAME -> new StripeProvider(stripe);
			default -> throw new IllegalStateException(
					"BILLING_PROVIDER must be manual or stripe, not " + properties.provider());
		};
	}

}

package app.distribu.billing.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiKey the secret key ({@code STRIPE_API_KEY}); from a Secret, never logged
 * @param webhookSecret the endpoint's signing secret ({@code STRIPE_WEBHOOK_SECRET})
 * @param apiBase Stripe's API address; tests point it at a loopback server
 * @param portalReturnBase where the billing portal sends the customer back (the public
 * address)
 */
@ConfigurationProperties("distribu.billing.stripe")
public record StripeProperties(String apiKey, String webhookSecret,
		@DefaultValue("https://api.stripe.com") String apiBase,
		@DefaultValue("http://localhost:8080") String portalReturnBase) {

	@Override
	public String toString() {
		return "StripeProperties[apiBase=" + this.apiBase + "]";
	}

}

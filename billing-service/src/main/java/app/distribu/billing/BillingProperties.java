package app.distribu.billing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How billing runs (docs/billing-service.md).
 *
 * @param gracePeriod how long an invoice may stay unpaid before the subscription is past
 * due
 * @param cancelAfterPastDue how long a subscription may stay past due before it is
 * canceled and its invoice marked uncollectible
 * @param provider {@code manual} (default) or {@code stripe}
 * @param demoPayments the local stack's "pay this invoice" button (manual provider only)
 * @param salesEmail where Enterprise enquiries go
 */
@ConfigurationProperties("distribu.billing")
public record BillingProperties(@DefaultValue("7d") Duration gracePeriod,
		@DefaultValue("30d") Duration cancelAfterPastDue, @DefaultValue("manual") String provider,
		@DefaultValue("false") boolean demoPayments, @DefaultValue("sales@distribu.app") String salesEmail) {

}

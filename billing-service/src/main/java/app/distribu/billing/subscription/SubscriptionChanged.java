package app.distribu.billing.subscription;

import java.time.Instant;

/**
 * Data of {@code subscription.changed}; {@code monthlyOrderLimit} null means unlimited.
 */
record SubscriptionChanged(Plan plan, String status, Integer monthlyOrderLimit, int apiRequestsPerMinute,
		Instant trialEndsAt) {

	static SubscriptionChanged of(Subscription subscription) {
		return new SubscriptionChanged(subscription.plan(), subscription.status(),
				subscription.plan().monthlyOrderLimit(), subscription.plan().apiRequestsPerMinute(),
				subscription.trialEndsAt());
	}

}

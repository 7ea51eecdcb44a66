package app.distribu.billing.subscription;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trial expiry is soft: the store keeps working with Starter limits and its data. Each
 * ended trial is switched and announced in its own transaction; the optimistic lock lets
 * replicas run this side by side (the loser skips the company).
 */
@Component
class EndingTrials {

	private static final int BATCH = 100;

	private final SubscriptionRepository subscriptions;

	private final Announcements announcements;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EndingTrials(SubscriptionRepository subscriptions, Announcements announcements, TransactionTemplate transaction,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.announcements = announcements;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${distribu.billing.trial-check-interval:1m}")
	void endTrials() {
		for (Subscription trial : this.subscriptions.trialsEndedBefore(Instant.now(this.clock), BATCH)) {
			this.transaction.executeWithoutResult((status) -> {
				Subscription ended = trial.endTrial();
				if (this.subscriptions.update(trial, ended)) {
					this.announcements.changed(ended, "TRIAL_ENDED", null);
				}
			});
		}
	}

}

package app.distribu.billing.subscription;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.Outbox;
import app.distribu.platform.web.Conflict;

/**
 * An owner switches plans. The change is announced in its own transaction, so
 * order-service raises (or lowers) the monthly limit as soon as the event arrives.
 */
@Service
public class ChangingPlans {

	private final SubscriptionRepository subscriptions;

	private final Outbox outbox;

	ChangingPlans(SubscriptionRepository subscriptions, Outbox outbox) {
		this.subscriptions = subscriptions;
		this.outbox = outbox;
	}

	/** Switching to the plan already active changes nothing and announces nothing. */
	@Transactional
	public Subscription switchTo(UUID companyId, Plan plan) {
		Subscription current = this.subscriptions.find(companyId).orElse(null);
		if (current == null) {
			// The trial event is still on its way; choosing a plan needs no trial first.
			Subscription chosen = new Subscription(companyId, plan, "ACTIVE", null, 0);
			if (!this.subscriptions.insert(chosen)) {
				throw new Conflict("Your subscription was just set up. Reload the page and choose again.");
			}
			return announce(chosen);
		}
		if (current.isActiveOn(plan)) {
			return current;
		}
		Subscription chosen = current.switchTo(plan);
		if (!this.subscriptions.update(current, chosen)) {
			throw new Conflict("Your subscription was changed at the same time. Reload the page and choose again.");
		}
		return announce(chosen);
	}

	private Subscription announce(Subscription subscription) {
		this.outbox.publish("billing.events", subscription.companyId(), "subscription.changed",
				SubscriptionChanged.of(subscription));
		return subscription;
	}

}

package app.distribu.billing.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import app.distribu.billing.account.BillingAccount;
import app.distribu.billing.account.BillingAccounts;
import app.distribu.billing.plan.PlanCatalog;
import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/**
 * Every new company gets a 14-day trial of the Growth plan, billed later in its own
 * currency when there is a price list for it.
 */
@Component
class StartingTrials extends EventConsumer {

	static final Duration TRIAL = Duration.ofDays(14);

	private final SubscriptionRepository subscriptions;

	private final BillingAccounts accounts;

	private final PlanCatalog catalog;

	private final Announcements announcements;

	StartingTrials(SubscriptionRepository subscriptions, BillingAccounts accounts, PlanCatalog catalog,
			Announcements announcements) {
		super("billing-subscriptions", "identity.events");
		this.subscriptions = subscriptions;
		this.accounts = accounts;
		this.catalog = catalog;
		this.announcements = announcements;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!"company.created".equals(event.type())) {
			return;
		}
		UUID companyId = event.companyId();
		JsonNode data = event.data();
		this.accounts.remember(new BillingAccount(companyId, text(data, "name"), text(data, "slug"),
				text(data, "currency"), text(data, "ownerEmail"), null));
		// The trial runs from when the company was created, not from when we heard of
		// it.
		Instant start = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
		Subscription trial = Subscription.trial(companyId, this.catalog.billingCurrency(text(data, "currency")),
				start.plus(TRIAL));
		if (this.subscriptions.insert(trial)) {
			this.announcements.changed(trial, "TRIAL_STARTED", null);
		}
	}

	private static String text(JsonNode data, String field) {
		JsonNode value = data.path(field);
		return value.isString() ? value.asString() : null;
	}

}

package app.distribu.billing.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.Outbox;
import app.distribu.platform.events.IdempotentConsumer;

/** Every new company gets a 14-day trial of the Growth plan. */
@Component
class StartingTrials {

	static final Duration TRIAL = Duration.ofDays(14);

	private final IdempotentConsumer consumer;

	private final SubscriptionRepository subscriptions;

	private final Outbox outbox;

	StartingTrials(IdempotentConsumer consumer, SubscriptionRepository subscriptions, Outbox outbox) {
		this.consumer = consumer;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
	}

	@KafkaListener(topics = "identity.events")
	void on(String payload) {
		this.consumer.handle("billing-subscriptions", payload, (event) -> {
			if (!"company.created".equals(event.type())) {
				return;
			}
			UUID companyId = event.companyId();
			// The trial runs from when the company was created, not from when we heard of
			// it.
			Instant start = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
			Subscription trial = new Subscription(companyId, Plan.GROWTH, "TRIALING", start.plus(TRIAL), 0);
			if (this.subscriptions.insert(trial)) {
				this.outbox.publish("billing.events", companyId, "subscription.changed", SubscriptionChanged.of(trial));
			}
		});
	}

}

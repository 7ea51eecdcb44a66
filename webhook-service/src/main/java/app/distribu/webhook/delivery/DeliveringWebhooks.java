package app.distribu.webhook.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.webhook.endpoint.TargetGuard;
import app.distribu.webhook.endpoint.UnsafeTarget;

/** Sends the oldest pending delivery, holding its row lock until the outcome is saved. */
@Service
class DeliveringWebhooks {

	private final DeliveryRepository deliveries;

	private final TargetGuard guard;

	private final Sender sender;

	private final Clock clock;

	DeliveringWebhooks(DeliveryRepository deliveries, TargetGuard guard, Sender sender, Clock clock) {
		this.deliveries = deliveries;
		this.guard = guard;
		this.sender = sender;
		this.clock = clock;
	}

	/** Returns false when nothing was pending. */
	@Transactional
	boolean deliverNext() {
		Optional<PendingDelivery> next = this.deliveries.claimNext();
		if (next.isEmpty()) {
			return false;
		}
		PendingDelivery delivery = next.get();
		Instant attemptedAt = Instant.now(this.clock);
		Outcome outcome;
		try {
			URI target = this.guard.check(delivery.url());
			outcome = this.sender.send(target, delivery.id(), delivery.eventType(), delivery.payload(),
					delivery.secret());
		}
		catch (UnsafeTarget ex) {
			outcome = new Outcome(false, null, "Not sent: " + ex.getMessage(), 0);
		}
		this.deliveries.complete(delivery.id(), outcome, attemptedAt);
		return true;
	}

}

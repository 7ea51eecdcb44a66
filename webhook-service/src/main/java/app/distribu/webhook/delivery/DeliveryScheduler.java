package app.distribu.webhook.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drains pending deliveries shortly after they appear. */
@Component
class DeliveryScheduler {

	private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

	private static final int MAX_PER_TICK = 50;

	private final DeliveringWebhooks delivering;

	DeliveryScheduler(DeliveringWebhooks delivering) {
		this.delivering = delivering;
	}

	@Scheduled(fixedDelayString = "${distribu.webhooks.dispatch-interval:100ms}")
	void dispatch() {
		try {
			int sent = 0;
			while (sent < MAX_PER_TICK && this.delivering.deliverNext()) {
				sent++;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Webhook dispatch failed; will retry: {}", ex.getMessage());
		}
	}

}

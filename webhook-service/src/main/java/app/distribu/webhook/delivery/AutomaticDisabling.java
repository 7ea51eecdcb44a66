package app.distribu.webhook.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.Outbox;
import app.distribu.webhook.endpoint.EndpointRepository;
import app.distribu.webhook.endpoint.WebhookEndpoint;

/**
 * Turns a webhook off when its receiver is gone or has failed for days, and says so on
 * {@code webhook.events} ({@code webhook.disabled}), from where identity-service mails
 * the company's owners and admins. Its waiting deliveries stay paused until someone turns
 * it on again.
 */
@Component
class AutomaticDisabling {

	static final String GONE = "GONE";

	static final String FAILING = "FAILING";

	static final String TOPIC = "webhook.events";

	private static final Logger log = LoggerFactory.getLogger(AutomaticDisabling.class);

	private final EndpointRepository endpoints;

	private final Outbox outbox;

	private final Clock clock;

	private final MeterRegistry meters;

	AutomaticDisabling(EndpointRepository endpoints, Outbox outbox, Clock clock, MeterRegistry meters) {
		this.endpoints = endpoints;
		this.outbox = outbox;
		this.clock = clock;
		this.meters = meters;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void disable(Claimed claimed, String reason, Outcome outcome) {
		WebhookEndpoint endpoint = this.endpoints.find(claimed.companyId(), claimed.endpointId()).orElse(null);
		if (endpoint == null || !this.endpoints.disable(endpoint.id(), reason, Instant.now(this.clock))) {
			return;
		}
		String lastError = (outcome.responseStatus() != null) ? outcome.responseStatus() + " " + outcome.excerpt()
				: outcome.excerpt();
		this.outbox.publish(TOPIC, endpoint.companyId(), "webhook.disabled",
				new Disabled(endpoint.id(), endpoint.url(), reason, endpoint.failingSince(), Outcome.cut(lastError)));
		this.meters.counter("distribu.webhook.disabled", "reason", reason).increment();
		log.warn("Webhook {} of company {} turned off automatically ({})", endpoint.id(), endpoint.companyId(), reason);
	}

	/** Data of {@code webhook.disabled} (platform/event-contracts). */
	record Disabled(UUID webhookId, String url, String reason, Instant failingSince, String lastError) {

	}

}

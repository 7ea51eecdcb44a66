package app.distribu.webhook.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.webhook.endpoint.EndpointRepository;

/**
 * Saves how an attempt went and what follows: success, another attempt after the backoff,
 * or failure for good. A 410 Gone turns the webhook off at once; so does a delivery that
 * exhausted its schedule (about three days) without a single success since it started.
 */
@Service
class RecordingOutcomes {

	private final DeliveryRepository deliveries;

	private final EndpointRepository endpoints;

	private final RetrySchedule schedule;

	private final AutomaticDisabling disabling;

	private final Clock clock;

	private final Counter succeeded;

	private final Counter failed;

	private final Timer delay;

	RecordingOutcomes(DeliveryRepository deliveries, EndpointRepository endpoints, RetrySchedule schedule,
			AutomaticDisabling disabling, Clock clock, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.schedule = schedule;
		this.disabling = disabling;
		this.clock = clock;
		this.succeeded = Counter.builder("distribu.webhook.attempts")
			.description("Webhook delivery attempts")
			.tag("outcome", "succeeded")
			.register(meters);
		this.failed = Counter.builder("distribu.webhook.attempts")
			.description("Webhook delivery attempts")
			.tag("outcome", "failed")
			.register(meters);
		this.delay = Timer.builder("distribu.webhook.delivery.delay")
			.description("From the event's time to its successful delivery")
			.publishPercentileHistogram()
			.register(meters);
	}

	@Transactional
	void record(Claimed claimed, Outcome outcome) {
		String status;
		Duration retryIn = null;
		if (outcome.succeeded()) {
			status = "SUCCEEDED";
		}
		else if (outcome.gone() || claimed.lastAttempt()) {
			status = "FAILED";
		}
		else {
			status = "PENDING";
			retryIn = this.schedule.waitAfter(claimed.attempt(), outcome.retryAfter());
		}
		boolean current = this.deliveries.complete(claimed, outcome, status, retryIn);
		this.deliveries.recordAttempt(claimed, outcome, current ? retryIn : null);
		(outcome.succeeded() ? this.succeeded : this.failed).increment();
		if (!current) {
			return;
		}
		if (outcome.succeeded()) {
			this.endpoints.succeeded(claimed.endpointId(), outcome.startedAt());
			this.delay.record(Duration.between(claimed.eventCreatedAt(), Instant.now(this.clock)));
			return;
		}
		this.endpoints.failed(claimed.endpointId(), outcome.startedAt());
		if (outcome.gone()) {
			this.disabling.disable(claimed, AutomaticDisabling.GONE, outcome);
		}
		else if ("FAILED".equals(status) && !claimed.manual() && noSuccessSinceFirstAttempt(claimed)) {
			this.disabling.disable(claimed, AutomaticDisabling.FAILING, outcome);
		}
	}

	private boolean noSuccessSinceFirstAttempt(Claimed claimed) {
		Optional<Instant> lastSuccess = this.endpoints.lastSuccess(claimed.endpointId());
		Optional<Instant> firstAttempt = this.deliveries.firstAttemptOf(claimed.id());
		return lastSuccess.isEmpty() || firstAttempt.isEmpty() || lastSuccess.get().isBefore(firstAttempt.get());
	}

}

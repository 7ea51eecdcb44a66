package app.distribu.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.webhook.endpoint.EndpointRepository;

/**
 * Saves how attempts went and what follows: success, another attempt after the backoff,
 * or failure for good. A 410 Gone turns the webhook off at once; so does a delivery that
 * exhausted its schedule without a single success to the endpoint since it started.
 * <p>
 * Workers hand outcomes over and go on sending; one writer saves them in batches, one
 * transaction per batch, so a busy replica needs a few statements per hundred deliveries
 * rather than per delivery. Each transaction locks the endpoint rows (in id order) before
 * their deliveries, the order deleting a webhook takes too, so writers of several
 * replicas and deletions never deadlock. An outcome lost in a crash is an attempt made
 * again when its lease ends.
 */
@Component
class RecordingOutcomes implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RecordingOutcomes.class);

	private static final int BATCH = 200;

	private final DeliveryRepository deliveries;

	private final EndpointRepository endpoints;

	private final RetrySchedule schedule;

	private final AutomaticDisabling disabling;

	private final TransactionTemplate transaction;

	private final BlockingQueue<Recorded> queue = new LinkedBlockingQueue<>();

	/** Saved outcomes free their endpoints' slots: the dispatcher claims again. */
	private volatile Runnable afterSaving = () -> {
	};

	private volatile boolean running;

	private Thread writer;

	RecordingOutcomes(DeliveryRepository deliveries, EndpointRepository endpoints, RetrySchedule schedule,
			AutomaticDisabling disabling, PlatformTransactionManager transactions) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.schedule = schedule;
		this.disabling = disabling;
		this.transaction = new TransactionTemplate(transactions);
	}

	void afterSaving(Runnable action) {
		this.afterSaving = action;
	}

	/** Takes an outcome over from a worker; it is saved within milliseconds. */
	void record(Claimed claimed, Outcome outcome) {
		Duration retryIn = null;
		if (!outcome.succeeded() && !outcome.gone() && !claimed.lastAttempt()) {
			retryIn = this.schedule.waitAfter(claimed.attempt(), outcome.retryAfter());
		}
		this.queue.add(new Recorded(claimed, outcome, retryIn));
	}

	private void run() {
		while (this.running || !this.queue.isEmpty()) {
			List<Recorded> batch = new ArrayList<>();
			try {
				Recorded first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				this.queue.drainTo(batch, BATCH - 1);
				this.transaction.executeWithoutResult((status) -> write(batch));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Saving {} webhook outcomes at once failed ({}); saving them one by one", batch.size(),
						ex.getMessage());
				batch.forEach(this::writeAlone);
			}
			this.afterSaving.run();
		}
	}

	private void writeAlone(Recorded recorded) {
		try {
			this.transaction.executeWithoutResult((status) -> write(List.of(recorded)));
		}
		catch (RuntimeException ex) {
			// Its lease ends and the delivery is tried again: at least once, never lost.
			log.warn("Could not save the outcome of delivery {}: {}", recorded.claimed().id(), ex.getMessage());
		}
	}

	private void write(List<Recorded> batch) {
		List<Recorded> successes = batch.stream().filter((r) -> r.outcome().succeeded()).toList();
		List<Recorded> failures = batch.stream().filter((r) -> !r.outcome().succeeded()).toList();
		Set<UUID> touched = new TreeSet<>();
		batch.forEach((r) -> touched.add(r.claimed().endpointId()));
		this.endpoints.lock(touched);
		this.endpoints.succeeded(successes.stream().map((r) -> r.claimed().endpointId()).distinct().toList());
		for (Recorded failure : failures) {
			this.endpoints.failed(failure.claimed().endpointId(), failure.outcome().startedAt());
		}
		this.deliveries.completeSucceeded(successes);
		List<Recorded> current = new ArrayList<>(successes);
		for (Recorded failure : failures) {
			if (this.deliveries.completeFailed(failure.claimed(), failure.outcome(), failure.last(),
					failure.retryIn())) {
				current.add(failure);
				disableIfDue(failure);
			}
		}
		this.deliveries.recordAttempts(batch.stream()
			.map((r) -> current.contains(r) ? r : new Recorded(r.claimed(), r.outcome(), null))
			.toList());
	}

	private void disableIfDue(Recorded failure) {
		if (failure.outcome().gone()) {
			this.disabling.disable(failure.claimed(), AutomaticDisabling.GONE, failure.outcome());
		}
		else if (failure.last() && !failure.claimed().manual() && noSuccessSinceFirstAttempt(failure.claimed())) {
			this.disabling.disable(failure.claimed(), AutomaticDisabling.FAILING, failure.outcome());
		}
	}

	/**
	 * Successes are kept to the minute, so one a minute before the first attempt counts.
	 */
	private boolean noSuccessSinceFirstAttempt(Claimed claimed) {
		Optional<Instant> lastSuccess = this.endpoints.lastSuccess(claimed.endpointId());
		Optional<Instant> firstAttempt = this.deliveries.firstAttemptOf(claimed.id());
		return lastSuccess.isEmpty() || firstAttempt.isEmpty()
				|| lastSuccess.get().isBefore(firstAttempt.get().minus(Duration.ofMinutes(1)));
	}

	@Override
	public void start() {
		this.running = true;
		this.writer = new Thread(this::run, "webhook-outcomes");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/** After the dispatcher's workers stopped: what they handed over is saved first. */
	@Override
	public void stop() {
		this.running = false;
		try {
			this.writer.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 4096;
	}

}

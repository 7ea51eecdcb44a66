package app.distribu.webhook.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * Exponential backoff with jitter: after failed attempt n the next comes
 * {@code firstWait × 2^(n-1)} later, capped at {@code maxWait}, each wait moved by up to
 * ±jitter so receivers that failed together are not hit together again. A
 * {@code Retry-After} the receiver sent (429, 503) is honoured: the wait is at least that
 * long, up to {@code maxWait}.
 */
@Component
public class RetrySchedule {

	private final DeliveryProperties.Retry retry;

	RetrySchedule(DeliveryProperties properties) {
		this.retry = properties.retry();
	}

	/** Attempts before a delivery fails for good. */
	public int attempts() {
		return this.retry.attempts();
	}

	/** The wait after failed attempt {@code attempt} (1-based), without jitter. */
	public Duration nominalWait(int attempt) {
		long max = this.retry.maxWait().toMillis();
		long wait = this.retry.firstWait().toMillis();
		for (int i = 1; i < attempt && wait < max; i++) {
			wait *= 2;
		}
		return Duration.ofMillis(Math.min(wait, max));
	}

	/** The wait to use: nominal ± jitter, and never shorter than the receiver asked. */
	Duration waitAfter(int attempt, Duration retryAfter) {
		double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * this.retry.jitter();
		Duration wait = Duration.ofMillis(Math.round(nominalWait(attempt).toMillis() * factor));
		if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
			wait = (retryAfter.compareTo(this.retry.maxWait()) > 0) ? this.retry.maxWait() : retryAfter;
		}
		return wait;
	}

	/** The nominal waits between all attempts, for the page and the docs. */
	public List<Duration> waits() {
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 1; attempt < attempts(); attempt++) {
			waits.add(nominalWait(attempt));
		}
		return waits;
	}

	/** The nominal time from the first attempt to the last. */
	public Duration span() {
		return waits().stream().reduce(Duration.ZERO, Duration::plus);
	}

}

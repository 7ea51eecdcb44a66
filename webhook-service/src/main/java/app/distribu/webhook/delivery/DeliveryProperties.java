package app.distribu.webhook.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How deliveries are sent and retried.
 *
 * @param attemptTimeout one deadline over a whole attempt: connect, send, headers, body
 * (10 s, the FAQ's limit)
 * @param lease how long a claimed delivery belongs to one worker; after it ends another
 * replica may try again (must exceed the attempt timeout)
 * @param maxInFlightPerEndpoint attempts at once to one endpoint, over all replicas: a
 * slow endpoint holds at most these, never the others' turn
 * @param workers attempts at once per replica
 * @param pollInterval how often due retries are looked for when nothing wakes the
 * dispatcher earlier
 * @param retry the backoff schedule
 */
@ConfigurationProperties("distribu.webhooks")
public record DeliveryProperties(Duration attemptTimeout, Duration lease, int maxInFlightPerEndpoint, int workers,
		Duration pollInterval, Retry retry) {

	public DeliveryProperties {
		attemptTimeout = (attemptTimeout != null) ? attemptTimeout : Duration.ofSeconds(10);
		lease = (lease != null) ? lease : attemptTimeout.plusSeconds(50);
		maxInFlightPerEndpoint = (maxInFlightPerEndpoint > 0) ? maxInFlightPerEndpoint : 4;
		workers = (workers > 0) ? workers : 200;
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMillis(250);
		retry = (retry != null) ? retry : new Retry(null, null, 0, -1);
		if (lease.compareTo(attemptTimeout) <= 0) {
			throw new IllegalStateException("distribu.webhooks.lease must be longer than the attempt timeout.");
		}
	}

	/**
	 * Wait {@code firstWait} after the first failure, twice as long after each next one,
	 * never more than {@code maxWait}, each wait ±{@code jitter}; give up after
	 * {@code attempts} attempts. The defaults span about three days.
	 */
	public record Retry(Duration firstWait, Duration maxWait, int attempts, double jitter) {

		public Retry {
			firstWait = (firstWait != null) ? firstWait : Duration.ofSeconds(30);
			maxWait = (maxWait != null) ? maxWait : Duration.ofHours(12);
			attempts = (attempts > 0) ? attempts : 17;
			jitter = (jitter >= 0) ? jitter : 0.1;
		}

	}

}

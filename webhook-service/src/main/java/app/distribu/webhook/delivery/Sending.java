package app.distribu.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

import app.distribu.platform.outbound.OutboundDecision;
import app.distribu.platform.outbound.OutboundFailure;
import app.distribu.platform.outbound.OutboundGuard;
import app.distribu.platform.outbound.OutboundResponse;
import app.distribu.platform.outbound.PinnedHttpClient;

/**
 * One attempt: the URL is checked again (DNS answers change), the request goes to the
 * checked address, signed, under one deadline. Whatever goes wrong is an outcome, never
 * an exception. Counts attempts by outcome ({@code distribu.webhook.deliveries}:
 * succeeded, failed, blocked by the address check) and times each event's wait for its
 * first attempt ({@code distribu.webhook.delivery.delay}).
 */
@Component
class Sending {

	private static final int EXCERPT_BYTES = 2000;

	private final OutboundGuard guard;

	private final PinnedHttpClient http;

	private final Duration timeout;

	private final Clock clock;

	private final Counter succeeded;

	private final Counter failed;

	private final Counter blocked;

	private final Timer delay;

	Sending(OutboundGuard guard, PinnedHttpClient http, DeliveryProperties properties, Clock clock,
			MeterRegistry meters) {
		this.guard = guard;
		this.http = http;
		this.timeout = properties.attemptTimeout();
		this.clock = clock;
		this.succeeded = attempts(meters, "succeeded");
		this.failed = attempts(meters, "failed");
		this.blocked = attempts(meters, "blocked");
		this.delay = Timer.builder("distribu.webhook.delivery.delay")
			.description("From the event's time to the first attempt to deliver it")
			.publishPercentileHistogram()
			.register(meters);
	}

	private static Counter attempts(MeterRegistry meters, String outcome) {
		return Counter.builder("distribu.webhook.deliveries")
			.description("Webhook delivery attempts by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

	Outcome send(Claimed claimed) {
		Instant started = Instant.now(this.clock);
		if (claimed.attempt() == 1) {
			Duration waited = Duration.between(claimed.eventCreatedAt(), started);
			this.delay.record(waited.isNegative() ? Duration.ZERO : waited);
		}
		Outcome outcome = attempt(claimed, started);
		if (outcome.succeeded()) {
			this.succeeded.increment();
		}
		else if (outcome.blocked()) {
			this.blocked.increment();
		}
		else {
			this.failed.increment();
		}
		return outcome;
	}

	private Outcome attempt(Claimed claimed, Instant started) {
		long start = System.nanoTime();
		byte[] body = claimed.body().getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = Map.of();
		try {
			headers = headers(claimed, body, started);
			OutboundDecision decision = this.guard.check(claimed.url());
			if (decision instanceof OutboundDecision.Refused refused) {
				return new Outcome(false, null, "Not sent: " + refused.describe("The webhook URL"), since(start),
						started, headers, null, true);
			}
			Duration left = this.timeout.minus(since(start));
			if (left.isNegative() || left.isZero()) {
				return failed(null, "Not sent: looking up the host took longer than " + words(this.timeout) + ".",
						start, started, headers, null);
			}
			OutboundResponse response = this.http.post((OutboundDecision.Allowed) decision, headers, body, left,
					EXCERPT_BYTES);
			return answered(response, start, started, headers);
		}
		catch (OutboundFailure failure) {
			String reason = (failure.kind() == OutboundFailure.Kind.TIMEOUT)
					? "No complete response within " + words(this.timeout) + "." : failure.getMessage();
			return failed(null, reason, start, started, headers, null);
		}
		catch (RuntimeException ex) {
			// A bug of ours, not the receiver's: the reason names it without details.
			return failed(null, "Not sent: an internal error stopped this attempt (" + ex.getClass().getSimpleName()
					+ "); it is retried like any failure.", start, started, headers, null);
		}
	}

	private Outcome answered(OutboundResponse response, long start, Instant started, Map<String, String> headers) {
		int status = response.status();
		if (status >= 200 && status < 300) {
			return new Outcome(true, status, response.excerpt(), since(start), started, headers, null, false);
		}
		if (status >= 300 && status < 400) {
			String location = response.header("Location").orElse("none");
			return failed(status, "Redirects are not followed: change the webhook URL to where it leads (Location: "
					+ location + ").", start, started, headers, null);
		}
		Duration retryAfter = (status == 429 || status == 503) ? retryAfter(response.header("Retry-After").orElse(null))
				: null;
		return failed(status, response.excerpt(), start, started, headers, retryAfter);
	}

	/**
	 * The FAQ's hex signature, and the Standard Webhooks headers; during a rotation's
	 * overlap each carries a signature with the previous secret too.
	 */
	private Map<String, String> headers(Claimed claimed, byte[] body, Instant now) {
		String previous = claimed.secrets().previousAt(now);
		long timestamp = now.getEpochSecond();
		String webhookId = claimed.eventId().toString();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("User-Agent", "Distribu-Webhooks/1");
		headers.put("X-Distribu-Event", claimed.eventType());
		headers.put("X-Distribu-Delivery", claimed.id().toString());
		headers.put("X-Distribu-Attempt", String.valueOf(claimed.attempt()));
		headers.put("X-Distribu-Signature", Signatures.hex(claimed.secrets().current(), body));
		if (previous != null) {
			headers.put("X-Distribu-Signature-Previous", Signatures.hex(previous, body));
		}
		String signature = Signatures.standard(claimed.secrets().current(), webhookId, timestamp, body);
		if (previous != null) {
			signature += " " + Signatures.standard(previous, webhookId, timestamp, body);
		}
		headers.put("webhook-id", webhookId);
		headers.put("webhook-timestamp", String.valueOf(timestamp));
		headers.put("webhook-signature", signature);
		return headers;
	}

	/** Seconds or an HTTP date; anything else is ignored. */
	private Duration retryAfter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(Instant.now(this.clock), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	private static Outcome failed(Integer status, String excerpt, long start, Instant started,
			Map<String, String> headers, Duration retryAfter) {
		return new Outcome(false, status, excerpt, since(start), started, headers, retryAfter, false);
	}

	private static String words(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " seconds" : timeout.toMillis() + " ms";
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}

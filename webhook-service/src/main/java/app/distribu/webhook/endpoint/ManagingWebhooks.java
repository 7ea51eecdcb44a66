package app.distribu.webhook.endpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.outbound.OutboundDecision;
import app.distribu.platform.outbound.OutboundGuard;
import app.distribu.platform.outbound.RefusalReason;
import app.distribu.platform.web.Unprocessable;

/** Registering, changing, rotating and deleting a company's webhooks. */
@Service
public class ManagingWebhooks {

	/** How long the old secret keeps signing after a rotation unless asked otherwise. */
	public static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);

	private final EndpointRepository endpoints;

	private final OutboundGuard guard;

	private final Clock clock;

	ManagingWebhooks(EndpointRepository endpoints, OutboundGuard guard, Clock clock) {
		this.endpoints = endpoints;
		this.guard = guard;
		this.clock = clock;
	}

	/** Registers a webhook and answers with its secret. */
	@Transactional
	public Created create(UUID companyId, WebhookSettings settings) {
		WebhookSettings checked = check(settings);
		WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), companyId, checked.url(),
				checked.description(), checked.events(), checked.active(), checked.includeDashboardOrders(),
				now().truncatedTo(ChronoUnit.MICROS), null, null, null, null);
		String secret = SigningSecrets.newSecret();
		this.endpoints.insert(endpoint, secret);
		return new Created(endpoint, secret);
	}

	/**
	 * Saves new settings. A webhook turned off keeps its pending deliveries paused until
	 * it is turned on again.
	 */
	@Transactional
	public WebhookEndpoint update(UUID companyId, UUID id, WebhookSettings settings) {
		WebhookEndpoint before = find(companyId, id);
		this.endpoints.update(companyId, id, check(settings), before.active(), now());
		return find(companyId, id);
	}

	@Transactional
	public WebhookEndpoint setActive(UUID companyId, UUID id, boolean active) {
		WebhookEndpoint before = find(companyId, id);
		return update(companyId, id, new WebhookSettings(before.url(), before.description(), before.events(), active,
				before.includeDashboardOrders()));
	}

	/**
	 * A new secret signs from now on; the old one keeps signing too (both signatures are
	 * sent) until the overlap ends, so receivers can switch without missing a delivery.
	 */
	@Transactional
	public SigningSecrets rotate(UUID companyId, UUID id, Duration overlap) {
		SigningSecrets before = secrets(companyId, id);
		String secret = SigningSecrets.newSecret();
		Instant overlapEnds = now().plus(overlap).truncatedTo(ChronoUnit.MICROS);
		String previous = overlap.isZero() ? null : before.current();
		this.endpoints.rotate(companyId, id, secret, previous, overlapEnds);
		return new SigningSecrets(secret, previous, (previous != null) ? overlapEnds : null);
	}

	@Transactional(readOnly = true)
	public SigningSecrets secrets(UUID companyId, UUID id) {
		return this.endpoints.secrets(companyId, id).orElseThrow(WebhookNotFound::new);
	}

	@Transactional
	public void delete(UUID companyId, UUID id) {
		if (!this.endpoints.delete(companyId, id)) {
			throw new WebhookNotFound();
		}
	}

	@Transactional(readOnly = true)
	public WebhookEndpoint find(UUID companyId, UUID id) {
		return this.endpoints.find(companyId, id).orElseThrow(WebhookNotFound::new);
	}

	/** The URL passes the SSRF guard (after DNS) and the event types are known. */
	private WebhookSettings check(WebhookSettings settings) {
		String url = (settings.url() != null) ? settings.url().trim() : "";
		if (this.guard.check(url) instanceof OutboundDecision.Refused refused) {
			// Receivers authenticate by our signature; a token of their own belongs in
			// the URL.
			String hint = (refused.reason() == RefusalReason.CREDENTIALS) ? " Put a token in the path or query instead."
					: "";
			throw new Unprocessable(refused.describe("The webhook URL") + hint);
		}
		if (settings.events() == null || settings.events().isEmpty()) {
			throw new Unprocessable("Choose at least one event type.");
		}
		List<String> types = List.copyOf(new LinkedHashSet<>(settings.events()));
		for (String type : types) {
			if (!EventType.Check.TYPES.contains(type)) {
				throw new Unprocessable(EventType.Check.unknown());
			}
		}
		String description = (settings.description() != null) ? settings.description().trim() : "";
		if (description.length() > 500) {
			throw new Unprocessable("The description can be at most 500 characters.");
		}
		return new WebhookSettings(url, description, types, settings.active(), settings.includeDashboardOrders());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/** A new webhook and its secret, which the creation answer shows. */
	public record Created(WebhookEndpoint endpoint, String secret) {

	}

}

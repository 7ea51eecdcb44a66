package app.distribu.webhook.endpoint;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.web.Unprocessable;

@Service
public class ManagingWebhooks {

	private static final SecureRandom random = new SecureRandom();

	private final EndpointRepository endpoints;

	private final TargetGuard guard;

	private final Clock clock;

	ManagingWebhooks(EndpointRepository endpoints, TargetGuard guard, Clock clock) {
		this.endpoints = endpoints;
		this.guard = guard;
		this.clock = clock;
	}

	/** Registers a webhook; the answer is the only time its secret is shown. */
	@Transactional
	public WebhookEndpoint create(UUID companyId, String url, List<String> events, boolean active) {
		this.guard.check(url);
		if (events == null || events.isEmpty()) {
			throw new Unprocessable("Choose at least one event type.");
		}
		List<String> types = List.copyOf(new LinkedHashSet<>(events));
		for (String type : types) {
			if (!EventTypes.ALL.contains(type)) {
				throw new Unprocessable("Unknown event type " + type + ".");
			}
		}
		WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), companyId, url.trim(), newSecret(), types,
				active, Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		this.endpoints.insert(endpoint);
		return endpoint;
	}

	@Transactional
	public void delete(UUID companyId, UUID id) {
		if (!this.endpoints.delete(companyId, id)) {
			throw new WebhookNotFound();
		}
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

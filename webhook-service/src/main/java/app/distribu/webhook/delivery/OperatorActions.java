package app.distribu.webhook.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.NotFound;
import app.distribu.webhook.endpoint.ManagingWebhooks;
import app.distribu.webhook.endpoint.WebhookEndpoint;
import app.distribu.webhook.feed.EventLog;

/**
 * What a person can ask for: one more attempt of a delivery, one more for every failed
 * delivery since a time, and a test event. Each is a single attempt, sent at once; it
 * never turns the webhook off.
 */
@Service
public class OperatorActions {

	static final String TEST_TYPE = "webhook.test";

	private final ManagingWebhooks webhooks;

	private final DeliveryRepository deliveries;

	private final EventLog log;

	private final Dispatcher dispatcher;

	private final JsonMapper json;

	private final Clock clock;

	OperatorActions(ManagingWebhooks webhooks, DeliveryRepository deliveries, EventLog log, Dispatcher dispatcher,
			JsonMapper json, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.log = log;
		this.dispatcher = dispatcher;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public void redeliver(UUID companyId, UUID webhookId, UUID deliveryId) {
		requireActive(companyId, webhookId, "redeliver");
		if (!this.deliveries.redeliver(companyId, webhookId, deliveryId)) {
			if (!this.deliveries.exists(companyId, webhookId, deliveryId)) {
				throw new NotFound("Delivery");
			}
			throw new Conflict("This delivery is already waiting to be sent.");
		}
		wakeAfterCommit();
	}

	/** Answers how many deliveries were queued again. */
	@Transactional
	public int resendFailedSince(UUID companyId, UUID webhookId, Instant since) {
		requireActive(companyId, webhookId, "resend failed deliveries");
		int queued = this.deliveries.resendFailed(companyId, webhookId, since);
		wakeAfterCommit();
		return queued;
	}

	/** Answers the test event's id. */
	@Transactional
	public UUID sendTestEvent(UUID companyId, UUID webhookId) {
		WebhookEndpoint webhook = requireActive(companyId, webhookId, "send a test event");
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		TestData data = new TestData(webhook.id(), "A test event from Distribu. Answer 2xx to show it arrived.");
		String body = this.json
			.writeValueAsString(new WebhookBody(id, TEST_TYPE, now, companyId, this.json.valueToTree(data)));
		this.log.recordOutsideFeed(id, companyId, TEST_TYPE, body, now);
		this.deliveries.insertPending(List.of(webhookId), companyId, id, TEST_TYPE, 1, true, null);
		wakeAfterCommit();
		return id;
	}

	private WebhookEndpoint requireActive(UUID companyId, UUID webhookId, String action) {
		WebhookEndpoint webhook = this.webhooks.find(companyId, webhookId);
		if (!webhook.active()) {
			throw new Conflict("The webhook is off. Turn it on to " + action + ".");
		}
		return webhook;
	}

	/** Data of {@code webhook.test} (platform/event-contracts). */
	record TestData(UUID webhookId, String message) {

	}

	private void wakeAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				OperatorActions.this.dispatcher.wake();
			}
		});
	}

}

package app.distribu.webhook.delivery;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.distribu.platform.contracts.EventContracts;
import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;
import app.distribu.platform.web.CorrelationId;
import app.distribu.webhook.endpoint.EndpointRepository;
import app.distribu.webhook.feed.EventLog;

/**
 * Turns each webhook event into its body (serialised here, once: the bytes signed are the
 * bytes sent), appends it to the company's events feed, and queues one delivery per
 * active endpoint that wants it, all in one transaction with the consumer's record of the
 * event.
 */
@Component
class Fanout extends EventConsumer {

	private static final List<String> TYPES = EventContracts.webhookTypes();

	private static final List<String> PARTNER_SOURCES = List.of("STOREFRONT", "API");

	private final EndpointRepository endpoints;

	private final DeliveryRepository deliveries;

	private final EventLog log;

	private final RetrySchedule schedule;

	private final Dispatcher dispatcher;

	private final JsonMapper json;

	Fanout(EndpointRepository endpoints, DeliveryRepository deliveries, EventLog log, RetrySchedule schedule,
			Dispatcher dispatcher, JsonMapper json) {
		super("webhook-fanout", "order.events", "catalog.events", "customer.events");
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.log = log;
		this.schedule = schedule;
		this.dispatcher = dispatcher;
		this.json = json;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!TYPES.contains(event.type())) {
			return;
		}
		String body = this.json.writeValueAsString(
				new WebhookBody(event.id(), event.type(), event.occurredAt(), event.companyId(), event.data()));
		this.log.appendToFeed(event.id(), event.companyId(), event.type(), body, event.occurredAt());
		List<UUID> targets = this.endpoints.subscribedTo(event.companyId(), event.type(), dashboardOrder(event));
		if (!targets.isEmpty()) {
			this.deliveries.insertPending(targets, event.companyId(), event.id(), event.type(),
					this.schedule.attempts(), false, CorrelationId.current());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Fanout.this.dispatcher.wake();
				}
			});
		}
	}

	/**
	 * Orders staff create in the dashboard reach only webhooks that opted in; the feed
	 * lists them all.
	 */
	private static boolean dashboardOrder(EventEnvelope event) {
		return "order.created".equals(event.type())
				&& !PARTNER_SOURCES.contains(event.data().path("source").asString(""));
	}

}

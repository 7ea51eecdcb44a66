package app.distribu.webhook.dashboard;

import java.util.List;

import app.distribu.webhook.delivery.DeliveryRow;
import app.distribu.webhook.endpoint.WebhookEndpoint;

/** One webhook and its latest deliveries. */
public record WebhookCard(WebhookEndpoint webhook, List<DeliveryRow> deliveries) {

}

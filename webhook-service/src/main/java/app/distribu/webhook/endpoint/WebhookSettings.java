package app.distribu.webhook.endpoint;

import java.util.List;

/** What a person sets on a webhook, from the API or the page. */
public record WebhookSettings(String url, String description, List<String> events, boolean active,
		boolean includeDashboardOrders) {

}

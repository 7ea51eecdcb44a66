package app.distribu.webhook.endpoint;

import java.util.List;

/** The list shape; a company has few webhooks, so one page holds them all. */
record WebhookList(List<WebhookJson> data, boolean hasMore, String nextCursor) {

}

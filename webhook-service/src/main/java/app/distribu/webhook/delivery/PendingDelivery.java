package app.distribu.webhook.delivery;

import java.util.UUID;

/** A delivery claimed for sending, with what is needed to send it. */
record PendingDelivery(UUID id, String eventType, String payload, String url, String secret) {

}

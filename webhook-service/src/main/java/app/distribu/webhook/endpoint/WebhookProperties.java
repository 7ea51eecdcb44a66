package app.distribu.webhook.endpoint;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param allowPrivateTargets lets webhooks target loopback and private addresses; only
 * for the local stack and tests
 */
@ConfigurationProperties("distribu.webhooks")
public record WebhookProperties(boolean allowPrivateTargets) {

}

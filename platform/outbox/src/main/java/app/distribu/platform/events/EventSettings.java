package app.distribu.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How consumers treat an event that fails ({@code distribu.events.*}).
 *
 * @param retryWithin how long a failing event is retried, with backoff, before it goes to
 * the dead letters; failures of the database or the network are retried without limit
 * instead, since every other event would fail the same way
 */
@ConfigurationProperties("distribu.events")
public record EventSettings(@DefaultValue("1m") Duration retryWithin) {

}

package app.distribu.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay and its housekeeping ({@code distribu.outbox.*}, or environment
 * variables such as {@code DISTRIBU_OUTBOX_RETENTION}).
 *
 * @param pollInterval the safety net: a commit that wrote events wakes the relay at once,
 * this finds rows written any other way
 * @param batchSize rows sent per broker round trip
 * @param retention how long published rows stay for operators to look at
 * @param inboxRetention how long consumers remember processed event ids; longer than the
 * topics' retention, so no redelivery can outlive it
 * @param purgeEvery how often both are trimmed
 */
@ConfigurationProperties("distribu.outbox")
public record OutboxSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("200") int batchSize,
		@DefaultValue("7d") Duration retention, @DefaultValue("30d") Duration inboxRetention,
		@DefaultValue("10m") Duration purgeEvery) {

}

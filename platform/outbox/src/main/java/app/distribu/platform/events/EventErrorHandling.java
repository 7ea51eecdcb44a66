package app.distribu.platform.events;

import org.apache.kafka.common.TopicPartition;
import tools.jackson.core.JacksonException;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What a consumer does with an event its handler throws on. An outage (database, network,
 * a neighbour's 5xx) is retried without limit: the partition waits, as every other event
 * would fail alike. Anything else is retried with backoff for
 * {@link EventSettings#retryWithin()}, then recorded in {@link DeadLetters} and sent to
 * the group's dead-letter topic, and the partition moves on. An envelope that is not JSON
 * goes there at once.
 */
final class EventErrorHandling {

	private EventErrorHandling() {
	}

	/** One dead-letter topic per consumer group, i.e. per service. */
	static String deadLetterTopic(String group) {
		return group + ".dead-letters";
	}

	static DefaultErrorHandler errorHandler(DeadLetters deadLetters, KafkaOperations<String, String> kafka,
			String defaultGroup, EventSettings settings) {
		DeadLetterPublishingRecoverer toTopic = new DeadLetterPublishingRecoverer(kafka,
				(record, failure) -> new TopicPartition(deadLetterTopic(group(failure, defaultGroup)), -1));
		ConsumerRecordRecoverer recoverer = (record, failure) -> {
			deadLetters.add(record, group(failure, defaultGroup), failure);
			toTopic.accept(record, failure);
		};
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, retries(settings));
		handler.setBackOffFunction(
				(record, failure) -> KafkaFailures.isOutage(failure) ? untilItIsBack() : retries(settings));
		handler.addNotRetryableExceptions(JacksonException.class);
		return handler;
	}

	private static BackOff retries(EventSettings settings) {
		ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
		backOff.setMaxInterval(30_000);
		backOff.setMaxElapsedTime(settings.retryWithin().toMillis());
		return backOff;
	}

	private static BackOff untilItIsBack() {
		ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
		backOff.setMaxInterval(30_000);
		backOff.setMaxElapsedTime(Long.MAX_VALUE);
		return backOff;
	}

	private static String group(Exception failure, String defaultGroup) {
		if (failure instanceof ListenerExecutionFailedException listener && listener.getGroupId() != null) {
			return listener.getGroupId();
		}
		return defaultGroup;
	}

}

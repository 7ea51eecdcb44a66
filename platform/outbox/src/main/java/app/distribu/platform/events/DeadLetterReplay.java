package app.distribu.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;

import app.distribu.platform.web.Conflict;
import app.distribu.platform.web.CorrelationId;
import app.distribu.platform.web.NotFound;

/**
 * Hands a dead letter to this service's listeners of its topic again, on the operator's
 * thread, so the answer says whether it worked. Listeners apply an event once
 * ({@link IdempotentConsumer}), so a listener that had already handled it skips it.
 */
public class DeadLetterReplay {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

	private final DeadLetters deadLetters;

	private final KafkaListenerEndpointRegistry listeners;

	public DeadLetterReplay(DeadLetters deadLetters, KafkaListenerEndpointRegistry listeners) {
		this.deadLetters = deadLetters;
		this.listeners = listeners;
	}

	public DeadLetter replay(UUID id) {
		DeadLetter letter = this.deadLetters.find(id)
			.filter((found) -> found.replayedAt() == null && found.discardedAt() == null)
			.orElseThrow(() -> new NotFound("Open dead letter " + id));
		List<MessageListenerContainer> readers = this.listeners.getListenerContainers()
			.stream()
			.filter((container) -> reads(container, letter.topic()))
			.toList();
		if (readers.isEmpty()) {
			throw new Conflict("No listener of this service reads " + letter.topic() + " any more.");
		}
		ConsumerRecord<String, String> record = toRecord(letter);
		MDC.put(CorrelationId.MDC_KEY, CorrelationId.sanitize(letter.correlationId()));
		try {
			readers.forEach((container) -> deliver(container, record));
		}
		catch (RuntimeException ex) {
			this.deadLetters.failedAgain(id, ex);
			throw new Conflict("The event failed again: " + KafkaFailures.describe(ex));
		}
		finally {
			MDC.remove(CorrelationId.MDC_KEY);
		}
		this.deadLetters.replayed(id);
		log.info("Dead letter {} (event {} on {}) replayed", id, letter.eventId(), letter.topic());
		return this.deadLetters.find(id).orElseThrow();
	}

	private static boolean reads(MessageListenerContainer container, String topic) {
		String[] topics = container.getContainerProperties().getTopics();
		return topics != null && Arrays.asList(topics).contains(topic);
	}

	@SuppressWarnings("unchecked")
	private static void deliver(MessageListenerContainer container, ConsumerRecord<String, String> record) {
		Object listener = container.getContainerProperties().getMessageListener();
		if (listener instanceof AcknowledgingConsumerAwareMessageListener<?, ?> aware) {
			((AcknowledgingConsumerAwareMessageListener<String, String>) aware).onMessage(record, null, null);
		}
		else if (listener instanceof MessageListener<?, ?> plain) {
			((MessageListener<String, String>) plain).onMessage(record);
		}
		else {
			throw new IllegalStateException("Cannot replay into " + listener);
		}
	}

	private static ConsumerRecord<String, String> toRecord(DeadLetter letter) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>(letter.topic(), letter.partition(),
				letter.offset(), letter.key(), letter.payload());
		if (letter.eventType() != null) {
			record.headers().add(EventEnvelope.TYPE_HEADER, letter.eventType().getBytes(StandardCharsets.UTF_8));
		}
		if (letter.eventId() != null) {
			record.headers().add(EventEnvelope.ID_HEADER, letter.eventId().toString().getBytes(StandardCharsets.UTF_8));
		}
		if (letter.correlationId() != null) {
			record.headers().add(CorrelationId.HEADER, letter.correlationId().getBytes(StandardCharsets.UTF_8));
		}
		return record;
	}

}

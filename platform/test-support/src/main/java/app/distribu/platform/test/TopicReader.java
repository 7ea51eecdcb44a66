package app.distribu.platform.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a topic from its beginning, as a separate consumer group would, so a test can
 * assert what a service published. Close it when the test class is done.
 */
public final class TopicReader implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

	public TopicReader(String topic) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				SharedKafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
		this.consumer.subscribe(List.of(topic));
	}

	/** Every envelope seen so far for the company and type; polls for more first. */
	public synchronized List<JsonNode> events(UUID companyId, String type) {
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		return this.seen.stream()
			.filter((record) -> companyId.toString().equals(record.key()))
			.map((record) -> json.readTree(record.value()))
			.filter((event) -> type.equals(event.path("type").asString()))
			.toList();
	}

	/**
	 * Waits up to 30 seconds for an envelope of the company and type that matches, and
	 * returns the first one.
	 */
	public JsonNode awaitFirst(UUID companyId, String type, Predicate<JsonNode> matching) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> events(companyId, type).stream().filter(matching).findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	@Override
	public synchronized void close() {
		this.consumer.close();
	}

}

package app.distribu.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.distribu.platform.test.SharedKafka;

import org.awaitility.Awaitility;

/** Reads {@code identity.events} from the shared broker, as another service would. */
public final class IdentityEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private IdentityEvents() {
	}

	/** Waits for an event of {@code type} whose envelope matches, and returns it. */
	public static JsonNode next(String type, Predicate<JsonNode> matching) {
		List<JsonNode> seen = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "identity-test-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of("identity.events"));
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					JsonNode event = JSON.readTree(record.value());
					if (type.equals(event.path("type").asString()) && matching.test(event)) {
						seen.add(event);
					}
				}
				return !seen.isEmpty();
			});
		}
		return seen.get(0);
	}

}

package app.distribu.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.web.CorrelationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class OutboxRelayTest {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Test
	void publishesCommittedEventsInOrderKeyedByCompanyWithHeaders() {
		String topic = "relay-" + UUID.randomUUID();
		UUID company = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 1; i <= 3; i++) {
				this.outbox.publish(topic, company, "thing.happened", Map.of("n", i));
			}
		});

		List<ConsumerRecord<String, String>> records = readAtLeast(topic, 3);

		assertThat(records).extracting(ConsumerRecord::key).containsOnly(company.toString());
		assertThat(records).extracting(ConsumerRecord::value)
			.allSatisfy((value) -> assertThat(value).contains("\"type\":\"thing.happened\""));
		assertThat(records.get(0).value()).contains("\"n\":1");
		assertThat(records.get(2).value()).contains("\"n\":3");
		assertThat(new String(records.get(0).headers().lastHeader(EventEnvelope.TYPE_HEADER).value()))
			.isEqualTo("thing.happened");
		await().untilAsserted(() -> assertThat(
				this.jdbc.sql("select count(*) from outbox_event where topic = ? and published_at is null")
					.param(topic)
					.query(Long.class)
					.single())
			.isZero());
	}

	@Test
	void aConsumerLogsUnderTheCorrelationIdOfTheRequestThatWroteTheEvent() {
		MDC.put(CorrelationId.MDC_KEY, "order-request-42");
		try {
			this.transaction.executeWithoutResult((status) -> this.outbox.publish("correlation.events",
					UUID.randomUUID(), "thing.happened", Map.of()));
		}
		finally {
			MDC.remove(CorrelationId.MDC_KEY);
		}

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(OutboxTestApplication.CorrelationWitness.seen).contains("order-request-42"));
	}

	@Test
	void rolledBackChangeLeavesNoEvent() {
		String topic = "rollback-" + UUID.randomUUID();
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.outbox.publish(topic, UUID.randomUUID(), "thing.happened", Map.of("n", 1));
				throw new IllegalStateException("the change failed");
			});
		}
		catch (IllegalStateException expected) {
			// the caller's transaction rolled back
		}
		assertThat(this.jdbc.sql("select count(*) from outbox_event where topic = ?")
			.param(topic)
			.query(Long.class)
			.single()).isZero();
	}

	private List<ConsumerRecord<String, String>> readAtLeast(String topic, int count) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				return records.size() >= count;
			});
		}
		return records;
	}

}

package app.distribu.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.web.CorrelationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay with a safety poll of ten seconds: every event here leaves because its commit
 * woke the relay.
 */
@ServiceTest
@TestPropertySource(properties = { "distribu.outbox.poll-interval=10s", "distribu.outbox.retention=1h",
		"distribu.outbox.inbox-retention=2h" })
class OutboxRelayTest {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxPurge purge;

	@Autowired
	OutboxMeters meters;

	@Autowired
	MeterRegistry registry;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	JsonMapper json;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@LocalServerPort
	int port;

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
		await().untilAsserted(() -> assertThat(unpublished(topic)).isZero());
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

	/**
	 * A second relay, as on a second replica, works the same backlog: each company's
	 * events are still applied by the consumer in the order they were committed.
	 */
	@Test
	void twoRelaysKeepEachCompanysEventsInCommitOrderUpToTheConsumer() {
		OutboxRelay second = new OutboxRelay(this.jdbc, this.kafka, this.transaction,
				new OutboxSettings(Duration.ofMillis(5), 200, Duration.ofDays(7), Duration.ofDays(30),
						Duration.ofMinutes(10)),
				new SimpleMeterRegistry());
		second.start();
		List<UUID> companies = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		try {
			for (int round = 0; round < 10; round++) {
				int first = round * 50 + 1;
				this.transaction.executeWithoutResult((status) -> {
					for (int n = first; n < first + 50; n++) {
						for (UUID company : companies) {
							this.outbox.publish("ordered.events", company, "counted", Map.of("n", n));
						}
					}
				});
				second.wake();
			}
			await().atMost(Duration.ofSeconds(60))
				.until(() -> companies.stream()
					.allMatch((company) -> OutboxTestApplication.ReadModel.applied.getOrDefault(company, List.of())
						.size() == 500));
			companies.forEach((company) -> assertThat(OutboxTestApplication.ReadModel.applied.get(company)).isSorted()
				.doesNotHaveDuplicates());
		}
		finally {
			second.stop();
		}
	}

	/**
	 * Kafka refuses a record over its size limit however often it is sent: it is parked
	 * with the error and the events after it still go out; support sees it and can put it
	 * back in line.
	 */
	@Test
	void aRecordKafkaAlwaysRefusesIsParkedAndDoesNotBlockTheRest() {
		String topic = "poison-" + UUID.randomUUID();
		UUID company = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.publish(topic, company, "small", Map.of("n", 1));
			this.outbox.publish(topic, company, "huge", Map.of("blob", "x".repeat(2_000_000)));
			this.outbox.publish(topic, company, "small", Map.of("n", 3));
		});

		List<ConsumerRecord<String, String>> records = readAtLeast(topic, 2);
		assertThat(records).extracting((record) -> this.json.readTree(record.value()).path("type").asString())
			.containsExactly("small", "small");
		await().untilAsserted(() -> assertThat(unpublished(topic)).isEqualTo(1));
		this.meters.refresh();
		assertThat(this.registry.get("distribu.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);

		RestClient operator = operator(TestTokens.support(UUID.randomUUID()));
		JsonNode parked = operator.get().uri("/internal/outbox/parked").retrieve().body(JsonNode.class);
		JsonNode huge = parked.path("data")
			.valueStream()
			.filter((row) -> row.path("topic").asString().equals(topic))
			.findFirst()
			.orElseThrow();
		assertThat(huge.path("eventType").asString()).isEqualTo("huge");
		assertThat(huge.path("error").asString()).contains("RecordTooLargeException");
		assertThat(huge.path("payloadBytes").asInt()).isGreaterThan(2_000_000);
		assertThat(operator(TestTokens.user(company, UUID.randomUUID())).get()
			.uri("/internal/outbox/parked")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(operator.post()
			.uri("/internal/outbox/parked/{id}/retry", huge.path("id").asString())
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		await().untilAsserted(() -> assertThat(this.jdbc
			.sql("select last_error is not null from outbox_event where id = ?::uuid and parked_at is not null")
			.param(huge.path("id").asString())
			.query(Boolean.class)
			.optional()).contains(true));
	}

	@Test
	void gaugesShowWhatWaitsAndForHowLong() {
		this.relay.stop();
		try {
			String topic = "waiting-" + UUID.randomUUID();
			this.transaction.executeWithoutResult((status) -> {
				this.outbox.publish(topic, UUID.randomUUID(), "waits", Map.of());
				this.outbox.publish(topic, UUID.randomUUID(), "waits", Map.of());
			});
			this.jdbc.sql("update outbox_event set occurred_at = now() - interval '90 seconds' where topic = ?")
				.param(topic)
				.update();

			this.meters.refresh();

			assertThat(this.registry.get("distribu.outbox.lag").gauge().value()).isGreaterThanOrEqualTo(2);
			assertThat(this.registry.get("distribu.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(90);
		}
		finally {
			this.relay.start();
		}
	}

	@Test
	void publishedRowsAndOldInboxEntriesArePurgedAfterTheirRetention() {
		String topic = "purge-" + UUID.randomUUID();
		UUID company = UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 0; i < 3; i++) {
				this.outbox.publish(topic, company, "old", Map.of());
			}
		});
		await().untilAsserted(() -> assertThat(unpublished(topic)).isZero());
		UUID waiting = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into outbox_event (id, topic, company_id, event_type, payload, occurred_at, parked_at, last_error)
					values (?, ?, ?, 'stuck', '{}', now() - interval '3 hours', now(), 'refused')""")
			.params(waiting, topic, company)
			.update();
		this.jdbc
			.sql("update outbox_event set occurred_at = now() - interval '61 minutes' where topic = ? "
					+ "and event_type = 'old' and seq = (select min(seq) from outbox_event where topic = ?)")
			.params(topic, topic)
			.update();
		UUID oldId = UUID.randomUUID();
		UUID recentId = UUID.randomUUID();
		this.jdbc.sql("""
				insert into processed_event (consumer, event_id, processed_at)
				values ('purge-test', ?, now() - interval '3 hours'), ('purge-test', ?, now() - interval '1 hour')""")
			.params(oldId, recentId)
			.update();

		this.purge.purge();

		assertThat(this.jdbc.sql("select event_type from outbox_event where topic = ? order by seq")
			.param(topic)
			.query(String.class)
			.list()).as("the old published row goes; the recent ones and the parked one stay")
			.containsExactly("old", "old", "stuck");
		assertThat(this.jdbc.sql("select event_id from processed_event where consumer = 'purge-test'")
			.query(UUID.class)
			.list()).containsExactly(recentId);
	}

	/**
	 * Commit → readable on Kafka, one event every 20 ms for 200 events; the target is p99
	 * ≤ 250 ms (architecture.md), asserted here with room for a busy machine. The figure
	 * is printed for docs/performance.md.
	 */
	@Test
	void eventsReachKafkaWithinMillisecondsOfTheirCommit() throws InterruptedException {
		String topic = "latency-" + UUID.randomUUID();
		Map<String, Long> committedAt = new ConcurrentHashMap<>();
		Map<String, Long> receivedAt = new ConcurrentHashMap<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			this.transaction
				.executeWithoutResult((status) -> this.outbox.publish(topic, UUID.randomUUID(), "warm-up", Map.of()));
			await().until(() -> !consumer.poll(Duration.ofMillis(100)).isEmpty());
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			Thread reader = new Thread(() -> {
				while (receivedAt.size() < 200 && System.nanoTime() < deadline) {
					for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
						receivedAt.put(new String(record.headers().lastHeader(EventEnvelope.ID_HEADER).value()),
								System.nanoTime());
					}
				}
			});
			reader.start();
			for (int i = 0; i < 200; i++) {
				EventEnvelope event = this.transaction
					.execute((status) -> this.outbox.publish(topic, UUID.randomUUID(), "timed", Map.of("n", 1)));
				committedAt.put(event.id().toString(), System.nanoTime());
				Thread.sleep(20);
			}
			reader.join(Duration.ofSeconds(60).toMillis());
		}
		// Received before the commit was noted (the commit call had not returned yet): 0.
		List<Long> sorted = receivedAt.entrySet()
			.stream()
			.map((received) -> Math.max(0, received.getValue() - committedAt.get(received.getKey())) / 1_000_000)
			.sorted()
			.toList();
		assertThat(sorted).hasSize(200);
		System.out.printf("Commit to Kafka over 200 events: p50 %d ms, p99 %d ms, max %d ms%n", sorted.get(99),
				sorted.get(197), sorted.get(199));
		assertThat(sorted.get(197)).as("p99 in ms, far below the 10 s safety poll").isLessThan(1_000);
	}

	private RestClient operator(String token) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("Authorization", "Bearer " + token)
			.defaultStatusHandler((status) -> status.value() == 403, (request, response) -> {
			})
			.build();
	}

	private long unpublished(String topic) {
		return this.jdbc.sql("select count(*) from outbox_event where topic = ? and published_at is null")
			.param(topic)
			.query(Long.class)
			.single();
	}

	private List<ConsumerRecord<String, String>> readAtLeast(String topic, int count) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				return records.size() >= count;
			});
		}
		return records;
	}

	private KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
	}

}

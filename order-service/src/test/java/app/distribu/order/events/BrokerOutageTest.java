package app.distribu.order.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.order.StoppableBroker;
import app.distribu.platform.test.TestTokens;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders keep being taken while the broker is down; their events wait in the outbox and
 * all go out once it is back, each once in effect (duplicates on the wire share an id).
 */
@OrderServiceTest
@TestPropertySource(properties = { "spring.kafka.producer.properties.max.block.ms=2000",
		"spring.kafka.producer.properties.request.timeout.ms=2000",
		"spring.kafka.producer.properties.delivery.timeout.ms=4000" })
class BrokerOutageTest {

	@Autowired
	FakeUpstreams upstreams;

	static final StoppableBroker broker = new StoppableBroker();

	static final JsonMapper json = JsonMapper.builder().build();

	@AfterAll
	static void stopBroker() {
		broker.destroy();
	}

	/** Wins over the shared broker's address that every @ServiceTest gets. */
	@TestConfiguration
	static class OwnBroker {

		@Bean
		KafkaConnectionDetails kafkaConnectionDetails() {
			return () -> List.of(broker.bootstrapServers());
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ordersPlacedWhileTheBrokerIsDownAreAnnouncedOnceItIsBack() {
		UUID company = UUID.randomUUID();
		String token = TestTokens.apiKey(company, "orders:write");
		List<String> orders = new ArrayList<>();
		orders.add(order(token));
		await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(company) == 0);

		broker.stop();
		for (int i = 0; i < 5; i++) {
			orders.add(order(token));
		}
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> unpublished(company) == 5);

		broker.start();
		await().atMost(Duration.ofSeconds(90)).until(() -> unpublished(company) == 0);

		Map<String, Set<String>> eventIdsByOrder = new HashMap<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			readOrderEvents(company).forEach((event) -> eventIdsByOrder
				.computeIfAbsent(event.path("data").path("orderId").asString(), (id) -> new HashSet<>())
				.add(event.path("id").asString()));
			return eventIdsByOrder.keySet().containsAll(orders);
		});
		assertThat(eventIdsByOrder.keySet()).containsExactlyInAnyOrderElementsOf(orders);
		assertThat(eventIdsByOrder.values()).allSatisfy((ids) -> assertThat(ids).hasSize(1));
	}

	private String order(String token) {
		UUID customer = this.upstreams.activeCustomer();
		ResponseEntity<JsonNode> created = new OrdersApi(this.port).post(token, "/api/v1/orders",
				Map.of("customerId", customer, "lines", List.of(line("OUT-1", 1))));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().path("id").asString();
	}

	private int unpublished(UUID company) {
		return this.jdbc
			.sql("select count(*) from outbox_event where company_id = ? and event_type = 'order.created' "
					+ "and published_at is null")
			.param(company)
			.query(Integer.class)
			.single();
	}

	/** Everything on order.events for the company so far, duplicates included. */
	private static List<JsonNode> readOrderEvents(UUID company) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "outage-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of("order.events"));
			List<JsonNode> events = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (company.toString().equals(record.key())) {
						events.add(json.readTree(record.value()));
					}
				}
			}
			return events;
		}
	}

}

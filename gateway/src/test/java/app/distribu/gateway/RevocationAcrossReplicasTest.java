package app.distribu.gateway;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway instances, as two replicas behind a load balancer: one revocation event
 * must make the key fail on both, although each had it cached.
 */
class RevocationAcrossReplicasTest {

	static final EmbeddedKafkaKraftBroker kafka = GatewayTest.startKafka();

	static final FakeService identity = new FakeService();

	static final FakeService services = new FakeService();

	static List<ConfigurableApplicationContext> replicas;

	@BeforeAll
	static void startReplicas() {
		replicas = List.of(startReplica(), startReplica());
	}

	@AfterAll
	static void stop() {
		if (replicas != null) {
			replicas.forEach(ConfigurableApplicationContext::close);
		}
		kafka.destroy();
	}

	static ConfigurableApplicationContext startReplica() {
		Map<String, Object> properties = new HashMap<>();
		// application.yml reads SERVER_PORT, which would win over server.port given here.
		properties.put("SERVER_PORT", 0);
		properties.put("spring.kafka.bootstrap-servers", kafka.getBrokersAsString());
		properties.put("IDENTITY_URL", identity.url());
		for (String name : new String[] { "CATALOG_URL", "CUSTOMER_URL", "ORDER_URL", "WEBHOOK_URL", "BILLING_URL" }) {
			properties.put(name, services.url());
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
			.properties(properties)
			.run();
		// Each replica must be reading the topic before the event is sent (offset:
		// latest).
		context.getBean(KafkaListenerEndpointRegistry.class)
			.getAllListenerContainers()
			.forEach((container) -> ContainerTestUtils.waitForAssignment(container, 1));
		return context;
	}

	@Test
	void aRevokedKeyIsRefusedByEveryReplica() {
		String key = "dk_" + UUID.randomUUID();
		UUID keyId = identity.allow(key);
		for (ConfigurableApplicationContext replica : replicas) {
			assertThat(status(replica, key)).as("warms the cache").isEqualTo(200);
		}
		identity.revoke(key);
		for (ConfigurableApplicationContext replica : replicas) {
			assertThat(status(replica, key)).as("still cached before the event").isEqualTo(200);
		}

		publishRevocation(keyId);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (ConfigurableApplicationContext replica : replicas) {
				assertThat(status(replica, key)).isEqualTo(401);
			}
		});
	}

	private static int status(ConfigurableApplicationContext replica, String key) {
		int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.get()
			.uri("/api/v1/products")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

	private static void publishRevocation(UUID keyId) {
		Map<String, Object> props = new HashMap<>(KafkaTestUtils.producerProps(kafka));
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		var producers = new DefaultKafkaProducerFactory<String, String>(props);
		try {
			String envelope = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"api_key.revoked\",\"schemaVersion\":1,"
					+ "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"companyId\":\"" + FakeService.COMPANY
					+ "\",\"data\":{\"apiKeyId\":\"" + keyId + "\"}}";
			new KafkaTemplate<>(producers)
				.send(new ProducerRecord<>("identity.events", FakeService.COMPANY.toString(), envelope))
				.join();
		}
		finally {
			producers.destroy();
		}
	}

}

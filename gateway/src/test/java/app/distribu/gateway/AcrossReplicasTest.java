package app.distribu.gateway;

import java.time.Duration;
import java.util.ArrayList;
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
import org.springframework.http.ResponseEntity;
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
class AcrossReplicasTest {

	static final EmbeddedKafkaKraftBroker kafka = GatewayTest.startKafka();

	static final FakeService identity = new FakeService();

	static final FakeService services = new FakeService();

	static List<ConfigurableApplicationContext> replicas;

	@BeforeAll
	static void startReplicas() {
		Map<String, Object> sharedDatabase = TestDatabase.fresh();
		replicas = List.of(startReplica(sharedDatabase), startReplica(sharedDatabase));
	}

	@AfterAll
	static void stop() {
		if (replicas != null) {
			replicas.forEach(ConfigurableApplicationContext::close);
		}
		kafka.destroy();
	}

	static ConfigurableApplicationContext startReplica(Map<String, Object> database) {
		Map<String, Object> properties = new HashMap<>(database);
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

	/**
	 * A session identity revokes (sign out everywhere, a password change, a removal) is
	 * refused by every replica within seconds, although each had checked it a moment
	 * before.
	 */
	@Test
	void aRevokedSessionIsRefusedByEveryReplicaWithinSeconds() {
		UUID user = UUID.randomUUID();
		String session = "DISTRIBU_SESSION=" + SessionCookies.token(user, 0, null);
		for (ConfigurableApplicationContext replica : replicas) {
			assertThat(page(replica, session).getBody()).as("checked and remembered").contains(session);
		}

		identity.sessionVersions.put(user, 1);
		send(SessionCookies.revokedEvent(user, 1));

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			for (ConfigurableApplicationContext replica : replicas) {
				ResponseEntity<String> refused = page(replica, session);
				assertThat(refused.getBody()).doesNotContain("DISTRIBU_SESSION");
				assertThat(refused.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).startsWith("DISTRIBU_SESSION=;");
			}
		});
		String renewed = "DISTRIBU_SESSION=" + SessionCookies.token(user, 1, null);
		for (ConfigurableApplicationContext replica : replicas) {
			assertThat(page(replica, renewed).getBody()).as("a session issued after it").contains(renewed);
		}
	}

	@Test
	void aKeysMinuteIsSharedByEveryReplicaAndThenRefusedWith429() {
		// A minute boundary in the middle would reset the count: try again with a new
		// key.
		for (int attempt = 1;; attempt++) {
			String key = "dk_" + UUID.randomUUID();
			UUID keyId = identity.allow(key, 4);
			List<ResponseEntity<String>> responses = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				responses.add(get(replicas.get(i % 2), key));
			}
			if (responses.stream().map((r) -> r.getHeaders().getFirst("X-RateLimit-Reset")).distinct().count() > 1
					&& attempt < 3) {
				continue;
			}
			for (int i = 0; i < 4; i++) {
				assertThat(responses.get(i).getStatusCode().value()).isEqualTo(200);
				assertThat(responses.get(i).getHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("4");
				assertThat(responses.get(i).getHeaders().getFirst("X-RateLimit-Remaining"))
					.isEqualTo(String.valueOf(3 - i));
			}
			ResponseEntity<String> refused = responses.get(4);
			assertThat(refused.getStatusCode().value()).isEqualTo(429);
			assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
			assertThat(refused.getHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
			long retryAfter = Long.parseLong(refused.getHeaders().getFirst("Retry-After"));
			assertThat(retryAfter).isBetween(1L, 61L);
			assertThat(refused.getBody()).contains("\"status\":429",
					"This API key has used its 4 requests for this minute. Try again in " + retryAfter + " seconds.");
			long reset = Long.parseLong(refused.getHeaders().getFirst("X-RateLimit-Reset"));
			assertThat(reset % 60).as("windows are whole minutes").isZero();
			assertThat(services.requestsFromKey(keyId)).as("the refused request never reached the service")
				.isEqualTo(4);
			return;
		}
	}

	@Test
	void eachKeyHasItsOwnMinuteAndTheDefaultIsSixty() {
		String first = "dk_" + UUID.randomUUID();
		String second = "dk_" + UUID.randomUUID();
		identity.allow(first);
		identity.allow(second);

		get(replicas.get(0), first);
		ResponseEntity<String> response = get(replicas.get(1), second);

		assertThat(response.getHeaders().getFirst("X-RateLimit-Limit")).isEqualTo("60");
		assertThat(response.getHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("59");
	}

	private static ResponseEntity<String> get(ConfigurableApplicationContext replica, String key) {
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
			.toEntity(String.class);
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

	private static ResponseEntity<String> page(ConfigurableApplicationContext replica, String cookie) {
		int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.get()
			.uri("/dashboard/orders")
			.header(HttpHeaders.COOKIE, cookie)
			.retrieve()
			.toEntity(String.class);
	}

	private static void publishRevocation(UUID keyId) {
		send("{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"api_key.revoked\",\"schemaVersion\":1,"
				+ "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"companyId\":\"" + FakeService.COMPANY
				+ "\",\"data\":{\"apiKeyId\":\"" + keyId + "\"}}");
	}

	private static void send(String envelope) {
		Map<String, Object> props = new HashMap<>(KafkaTestUtils.producerProps(kafka));
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		var producers = new DefaultKafkaProducerFactory<String, String>(props);
		try {
			new KafkaTemplate<>(producers)
				.send(new ProducerRecord<>("identity.events", FakeService.COMPANY.toString(), envelope))
				.join();
		}
		finally {
			producers.destroy();
		}
	}

}

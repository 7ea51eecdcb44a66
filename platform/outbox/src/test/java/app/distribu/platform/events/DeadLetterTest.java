package app.distribu.platform.events;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import app.distribu.platform.events.OutboxTestApplication.FlakyConsumer;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;
import app.distribu.platform.test.TestTokens;
import app.distribu.platform.test.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@TestPropertySource(properties = "distribu.events.retry-within=2s")
class DeadLetterTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxMeters meters;

	@Autowired
	MeterRegistry registry;

	@Value("${spring.kafka.consumer.group-id}")
	String group;

	@LocalServerPort
	int port;

	@AfterEach
	void healthyAgain() {
		FlakyConsumer.broken = true;
		FlakyConsumer.outage = false;
	}

	@Test
	void anEventThatKeepsFailingIsDeadLetteredAndTheRestGoOnThenSupportReplaysItOnce() {
		UUID company = UUID.randomUUID();
		UUID poison = TestEvents.publish("flaky.events", company, "breaks", Map.of("n", 1));
		UUID next = TestEvents.publish("flaky.events", company, "works", Map.of("n", 2));

		await().atMost(Duration.ofSeconds(30)).until(() -> FlakyConsumer.applied.contains(next.toString()));
		assertThat(FlakyConsumer.applied).doesNotContain(poison.toString());
		JsonNode letter = openDeadLetter(poison);
		assertThat(letter.path("consumerGroup").asString()).isEqualTo(this.group);
		assertThat(letter.path("topic").asString()).isEqualTo("flaky.events");
		assertThat(letter.path("eventType").asString()).isEqualTo("breaks");
		assertThat(letter.path("key").asString()).isEqualTo(company.toString());
		assertThat(letter.path("error").asString()).contains("No rule for 1");
		try (TopicReader deadLetterTopic = new TopicReader(EventErrorHandling.deadLetterTopic(this.group))) {
			assertThat(deadLetterTopic.awaitFirst(company, "breaks", (event) -> true).path("id").asString())
				.isEqualTo(poison.toString());
		}
		this.meters.refresh();
		assertThat(this.registry.get("distribu.events.dead.letters").gauge().value()).isEqualTo(1);
		assertThat(this.registry.get("distribu.events.dead.lettered").counter().count()).isGreaterThanOrEqualTo(1);

		ResponseEntity<JsonNode> stillBroken = replay(letter);
		assertThat(stillBroken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(stillBroken.getBody().path("detail").asString()).contains("failed again", "No rule for 1");

		FlakyConsumer.broken = false;
		ResponseEntity<JsonNode> replayed = replay(letter);
		assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(replayed.getBody().path("replayedAt").asString()).isNotBlank();
		assertThat(FlakyConsumer.applied).containsOnlyOnce(poison.toString());
		assertThat(replay(letter).getStatusCode()).as("settled").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(deadLetters(support()).path("data").findValuesAsString("eventId")).doesNotContain(poison.toString());
	}

	@Test
	void onlySupportStaffSeeAndActOnDeadLetters() {
		UUID company = UUID.randomUUID();
		UUID poison = TestEvents.publish("flaky.events", company, "breaks", Map.of("n", 7));
		JsonNode letter = openDeadLetter(poison);

		RestClient owner = client(TestTokens.user(company, UUID.randomUUID()));
		assertThat(owner.get().uri("/internal/dead-letters").retrieve().toBodilessEntity().getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(owner.post()
			.uri("/internal/dead-letters/{id}/discard", letter.path("id").asString())
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(client(null).get().uri("/internal/dead-letters").retrieve().toBodilessEntity().getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(support().post()
			.uri("/internal/dead-letters/{id}/discard", letter.path("id").asString())
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(deadLetters(support()).path("data").findValuesAsString("eventId")).doesNotContain(poison.toString());
	}

	/**
	 * A database outage fails every event alike: retried past the retry window until it
	 * ends, never dead-lettered.
	 */
	@Test
	void anOutageIsWaitedOutRatherThanDeadLettered() {
		FlakyConsumer.outage = true;
		UUID event = TestEvents.publish("flaky.events", UUID.randomUUID(), "works", Map.of("n", 3));

		await().during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(10))
			.until(() -> deadLettersOf(event) == 0 && !FlakyConsumer.applied.contains(event.toString()));
		FlakyConsumer.outage = false;

		await().atMost(Duration.ofSeconds(60)).until(() -> FlakyConsumer.applied.contains(event.toString()));
		assertThat(deadLettersOf(event)).isZero();
	}

	private JsonNode openDeadLetter(UUID eventId) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (JsonNode letter : deadLetters(support()).path("data")) {
				if (letter.path("eventId").asString().equals(eventId.toString())) {
					return letter;
				}
			}
			return null;
		}, (letter) -> letter != null);
	}

	private long deadLettersOf(UUID eventId) {
		return this.jdbc.sql("select count(*) from dead_letter where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single();
	}

	private ResponseEntity<JsonNode> replay(JsonNode letter) {
		return support().post()
			.uri("/internal/dead-letters/{id}/replay", letter.path("id").asString())
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private JsonNode deadLetters(RestClient client) {
		return client.get().uri("/internal/dead-letters").retrieve().body(JsonNode.class);
	}

	private RestClient support() {
		return client(TestTokens.support(UUID.randomUUID()));
	}

	private RestClient client(String token) {
		RestClient.Builder builder = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			});
		if (token != null) {
			builder.defaultHeader("Authorization", "Bearer " + token);
		}
		return builder.build();
	}

}

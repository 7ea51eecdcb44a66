package app.distribu.order.outcome;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import app.distribu.order.FakeUpstreams;
import app.distribu.order.OrderServiceTest;
import app.distribu.order.OrdersApi;
import app.distribu.platform.test.TestTokens;

import static app.distribu.order.OrdersApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OrderServiceTest
class OrderOutcomeTest {

	static final String SECRET = "local-order-outcomes-secret";

	@Autowired
	FakeUpstreams upstreams;

	@LocalServerPort
	int port;

	@Autowired
	OrderOutcomes outcomes;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aPlacedOrderIsCommittedAndAnIdNoOrderTookIsGivenUpForGood() {
		UUID company = UUID.randomUUID();
		UUID customer = this.upstreams.activeCustomer();
		ResponseEntity<JsonNode> placed = new OrdersApi(this.port).post(TestTokens.apiKey(company, "orders:write"),
				"/api/v1/orders", Map.of("customerId", customer, "lines", List.of(line("WDG-001", 1))));
		assertThat(placed.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		assertThat(ask(placed.getBody().path("id").asString(), SECRET).getBody().path("outcome").asString())
			.isEqualTo("COMMITTED");
		UUID stalled = UUID.randomUUID();
		assertThat(ask(stalled.toString(), SECRET).getBody().path("outcome").asString()).isEqualTo("ABANDONED");
		Boolean recordedLate = this.transaction.execute((status) -> this.outcomes.commit(stalled));
		assertThat(recordedLate).as("an order recorded after the question may not take the id").isFalse();
		assertThat(ask(stalled.toString(), SECRET).getBody().path("outcome").asString()).isEqualTo("ABANDONED");
	}

	/**
	 * The question arrives while the order's transaction is still open: it waits for the
	 * commit and answers COMMITTED, never ABANDONED for an order about to exist.
	 */
	@Test
	void aQuestionDuringTheOrdersTransactionWaitsForItsOutcome() throws Exception {
		UUID orderId = UUID.randomUUID();
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Boolean> recording = CompletableFuture
			.supplyAsync(() -> this.transaction.execute((status) -> {
				boolean mine = this.outcomes.commit(orderId);
				claimed.countDown();
				await().atMost(Duration.ofSeconds(30)).until(() -> finish.getCount() == 0);
				return mine;
			}));
		assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<ResponseEntity<JsonNode>> question = CompletableFuture
			.supplyAsync(() -> ask(orderId.toString(), SECRET));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !question.isDone());
		finish.countDown();

		assertThat(recording.get(30, TimeUnit.SECONDS)).isTrue();
		assertThat(question.get(30, TimeUnit.SECONDS).getBody().path("outcome").asString()).isEqualTo("COMMITTED");
	}

	@Test
	void onlyCatalogWithTheSharedSecretMayAsk() {
		String id = UUID.randomUUID().toString();
		assertThat(ask(id, "guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(ask(id, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		Boolean recorded = this.transaction.execute((status) -> this.outcomes.commit(UUID.fromString(id)));
		assertThat(recorded).as("a refused question decides nothing").isTrue();
	}

	private ResponseEntity<JsonNode> ask(String orderId, String secret) {
		RestClient client = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build();
		return client.post().uri("/internal/order-outcomes/{id}", orderId).headers((headers) -> {
			if (secret != null) {
				headers.set("X-Distribu-Service-Secret", secret);
			}
		}).retrieve().toEntity(JsonNode.class);
	}

}

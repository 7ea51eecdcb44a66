package app.distribu.platform.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
class IdempotentConsumerTest {

	@Autowired
	IdempotentConsumer consumer;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void appliesARedeliveredEventOnlyOnce() {
		String payload = envelope();
		AtomicInteger applied = new AtomicInteger();

		boolean first = this.consumer.handle("counter", payload, (event) -> applied.incrementAndGet());
		boolean second = this.consumer.handle("counter", payload, (event) -> applied.incrementAndGet());

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(applied).hasValue(1);
	}

	@Test
	void eachConsumerAppliesTheEventOnItsOwn() {
		String payload = envelope();
		AtomicInteger applied = new AtomicInteger();

		this.consumer.handle("usage", payload, (event) -> applied.incrementAndGet());
		this.consumer.handle("read-model", payload, (event) -> applied.incrementAndGet());

		assertThat(applied).hasValue(2);
	}

	@Test
	void aFailedHandlerLeavesTheEventToBeRetried() {
		String payload = envelope();
		assertThatThrownBy(() -> this.consumer.handle("flaky", payload, (event) -> {
			throw new IllegalStateException("database hiccup");
		})).isInstanceOf(IllegalStateException.class);

		AtomicInteger applied = new AtomicInteger();
		assertThat(this.consumer.handle("flaky", payload, (event) -> applied.incrementAndGet())).isTrue();
		assertThat(applied).hasValue(1);
	}

	@Test
	void readsTheEnvelopesOtherServicesTestsPublish() {
		UUID id = UUID.randomUUID();
		UUID company = UUID.randomUUID();
		Instant occurredAt = Instant.parse("2025-03-10T12:00:00.123Z");
		String payload = TestEvents.envelope(company, "order.created", Map.of("orderId", "o-1", "number", 7), id,
				occurredAt);

		EventEnvelope event = this.consumer.parse(payload);

		assertThat(event.id()).isEqualTo(id);
		assertThat(event.type()).isEqualTo("order.created");
		assertThat(event.schemaVersion()).isEqualTo(1);
		assertThat(event.occurredAt()).isEqualTo(occurredAt);
		assertThat(event.companyId()).isEqualTo(company);
		assertThat(event.data().path("number").asInt()).isEqualTo(7);
		assertThat(this.json.readTree(payload).propertyNames()).containsExactlyInAnyOrderElementsOf(
				this.json.readTree(this.json.writeValueAsString(event)).propertyNames());
	}

	@Test
	void appliesAPollInOneTransactionEachEventOnceEvenWhenThePollHoldsItTwice() {
		String before = envelope();
		this.consumer.handle("batch", before, (event) -> {
		});
		String first = envelope();
		String second = envelope();
		List<UUID> applied = new ArrayList<>();
		Set<Long> transactions = new HashSet<>();

		this.consumer.handleAll("batch", records(first, before, second, first), (event) -> {
			applied.add(event.id());
			transactions.add(this.jdbc.sql("select txid_current()").query(Long.class).single());
		});

		assertThat(applied).containsExactly(idOf(first), idOf(second));
		assertThat(transactions).as("one transaction for the poll").hasSize(1);
		assertThat(processed("batch", first, second, before)).isEqualTo(3);
	}

	@Test
	void aPoisonEventInAPollKeepsTheEventsBeforeItAndIsReportedAloneForRetriesAndDeadLetters() {
		String good = envelope();
		String poison = envelope();
		String after = envelope();
		List<UUID> applied = new ArrayList<>();

		assertThatThrownBy(() -> this.consumer.handleAll("poisoned", records(good, poison, good, after), (event) -> {
			if (event.id().equals(idOf(poison))) {
				throw new IllegalStateException("No rule for this event");
			}
			applied.add(event.id());
		})).isInstanceOfSatisfying(BatchListenerFailedException.class, (failed) -> {
			assertThat(failed.getIndex()).isEqualTo(1);
			assertThat(failed).hasRootCauseMessage("No rule for this event");
		});

		assertThat(processed("poisoned", good)).as("kept").isEqualTo(1);
		assertThat(processed("poisoned", poison, after)).as("left to the error handling").isZero();
		// the batch's first try applied good before it rolled back; the retry alone kept
		// it
		assertThat(applied).containsExactly(idOf(good), idOf(good));

		List<UUID> retried = new ArrayList<>();
		this.consumer.handleAll("poisoned", records(good, after), (event) -> retried.add(event.id()));
		assertThat(retried).as("good is not applied twice in effect").containsExactly(idOf(after));
	}

	@Test
	void aRecordThatIsNotAnEnvelopeEndsThePollBeforeIt() {
		String good = envelope();
		AtomicInteger applied = new AtomicInteger();

		assertThatThrownBy(() -> this.consumer.handleAll("unreadable", records(good, "not json", envelope()),
				(event) -> applied.incrementAndGet()))
			.isInstanceOfSatisfying(BatchListenerFailedException.class, (failed) -> {
				assertThat(failed.getIndex()).isEqualTo(1);
				assertThat(failed).hasCauseInstanceOf(JacksonException.class);
			});

		assertThat(applied).hasValue(1);
		assertThat(processed("unreadable", good)).isEqualTo(1);
	}

	private UUID idOf(String payload) {
		return this.consumer.parse(payload).id();
	}

	private long processed(String name, String... payloads) {
		return this.jdbc.sql("select count(*) from processed_event where consumer = ? and event_id = any(?::uuid[])")
			.params(name, Arrays.stream(payloads).map(this::idOf).toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	private static List<ConsumerRecord<String, String>> records(String... payloads) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		for (int i = 0; i < payloads.length; i++) {
			records.add(new ConsumerRecord<>("batch.events", 0, i, null, payloads[i]));
		}
		return records;
	}

	private String envelope() {
		return this.json.writeValueAsString(new EventEnvelope(UUID.randomUUID(), "order.created", 1, Instant.now(),
				UUID.randomUUID(), this.json.createObjectNode().put("orderId", UUID.randomUUID().toString())));
	}

}

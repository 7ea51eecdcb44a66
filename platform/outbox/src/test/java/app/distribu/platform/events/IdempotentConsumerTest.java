package app.distribu.platform.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

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

	private String envelope() {
		return this.json.writeValueAsString(new EventEnvelope(UUID.randomUUID(), "order.created", 1, Instant.now(),
				UUID.randomUUID(), this.json.createObjectNode().put("orderId", UUID.randomUUID().toString())));
	}

}

package app.distribu.platform.events;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import app.distribu.platform.test.ServiceTest;

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

	private String envelope() {
		return this.json.writeValueAsString(new EventEnvelope(UUID.randomUUID(), "order.created", 1, Instant.now(),
				UUID.randomUUID(), this.json.createObjectNode().put("orderId", UUID.randomUUID().toString())));
	}

}

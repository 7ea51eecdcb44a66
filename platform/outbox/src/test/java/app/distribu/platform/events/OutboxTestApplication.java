package app.distribu.platform.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.web.CorrelationId;

/** A bare service: only the platform's auto-configuration, a database and a broker. */
@SpringBootApplication
class OutboxTestApplication {

	/** Notes the correlation id in the log context while each record is handled. */
	@Component
	static class CorrelationWitness {

		static final List<String> seen = new CopyOnWriteArrayList<>();

		@KafkaListener(topics = "correlation.events")
		void on(String payload) {
			seen.add(String.valueOf(MDC.get(CorrelationId.MDC_KEY)));
		}

	}

	/**
	 * Applies {@code ordered.events} as a read model does, remembering each company's
	 * numbers in the order they were applied.
	 */
	@Component
	static class ReadModel extends EventConsumer {

		static final Map<UUID, List<Integer>> applied = new ConcurrentHashMap<>();

		ReadModel() {
			super("read-model", "ordered.events");
		}

		@Override
		protected void apply(EventEnvelope event) {
			applied.computeIfAbsent(event.companyId(), (company) -> new CopyOnWriteArrayList<>())
				.add(event.data().path("n").asInt());
		}

	}

	/**
	 * Applies {@code flaky.events} once each: {@code breaks} events fail while
	 * {@link #broken} (a bug not fixed yet), every event fails with a database outage
	 * while {@link #outage}.
	 */
	@Component
	static class FlakyConsumer extends EventConsumer {

		static volatile boolean broken = true;

		static volatile boolean outage = false;

		static final List<String> applied = new CopyOnWriteArrayList<>();

		FlakyConsumer() {
			super("flaky", "flaky.events");
		}

		@Override
		protected void apply(EventEnvelope event) {
			if (outage) {
				throw new CannotGetJdbcConnectionException("Connection refused");
			}
			if (broken && event.type().equals("breaks")) {
				throw new IllegalStateException("No rule for " + event.data().path("n").asInt());
			}
			applied.add(event.id().toString());
		}

	}

}

package app.distribu.platform.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.SpringBootApplication;
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

}

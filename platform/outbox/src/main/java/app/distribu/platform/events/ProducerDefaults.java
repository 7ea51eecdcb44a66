package app.distribu.platform.events;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * Producer settings for the relay on small machines, applied unless a service's
 * configuration says otherwise ({@code spring.kafka.producer.properties.*}): every
 * acknowledged event is on all in-sync replicas, a company's events keep their order
 * through retries, batches fill for a few milliseconds and are compressed cheaply, and a
 * broker outage shows within seconds instead of minutes.
 */
class ProducerDefaults implements DefaultKafkaProducerFactoryCustomizer {

	private static final Map<String, Object> DEFAULTS = Map.of(ProducerConfig.ACKS_CONFIG, "all",
			ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
			ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 65_536,
			ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);

	/** Kafka checks these against each other, so they are set together or not at all. */
	private static final Map<String, Object> TIMEOUTS = Map.of(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
			ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);

	@Override
	public void customize(DefaultKafkaProducerFactory<?, ?> factory) {
		Map<String, Object> configured = factory.getConfigurationProperties();
		Map<String, Object> missing = new HashMap<>(DEFAULTS);
		missing.keySet().removeAll(configured.keySet());
		if (TIMEOUTS.keySet().stream().noneMatch(configured::containsKey)) {
			missing.putAll(TIMEOUTS);
		}
		factory.updateConfigs(missing);
	}

}

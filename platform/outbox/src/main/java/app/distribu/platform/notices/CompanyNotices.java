package app.distribu.platform.notices;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;

/**
 * The current banner of every company, read from the compacted topic
 * {@code company.notices} into memory by each replica of each service, so the shared
 * layout shows it on every dashboard page without a call per page. The topic keeps the
 * latest notice per company, so a start reads only what is current. The layout asks
 * {@code @companyNotices.of(companyId)}.
 */
public class CompanyNotices implements SmartLifecycle {

	public static final String TOPIC = "company.notices";

	private static final Logger log = LoggerFactory.getLogger(CompanyNotices.class);

	private final Map<UUID, CompanyNotice> notices = new ConcurrentHashMap<>();

	private final Map<String, Object> consumerConfig;

	private final JsonMapper json;

	private volatile KafkaConsumer<String, String> consumer;

	private volatile Thread reader;

	private volatile boolean running;

	public CompanyNotices(String bootstrapServers, JsonMapper json) {
		this.json = json;
		this.consumerConfig = (bootstrapServers == null) ? null
				: Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
						ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
						ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						// Billing creates the topic compacted; never let a reader create
						// it plain.
						ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
	}

	/** The company's banner, or null. */
	public CompanyNotice of(UUID companyId) {
		return (companyId != null) ? this.notices.get(companyId) : null;
	}

	/** Applies one record of the topic: a notice, or its removal (no level). */
	void apply(String value) {
		JsonNode event = this.json.readTree(value);
		UUID company = UUID.fromString(event.path("companyId").asString());
		JsonNode data = event.path("data");
		if (!data.path("level").isString()) {
			this.notices.remove(company);
			return;
		}
		this.notices.put(company, new CompanyNotice(data.path("level").asString(), data.path("message").asString(),
				text(data, "linkHref"), text(data, "linkText")));
	}

	@Override
	public void start() {
		if (this.consumerConfig == null) {
			return;
		}
		this.running = true;
		this.consumer = new KafkaConsumer<>(this.consumerConfig);
		this.reader = new Thread(this::read, "company-notices");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read() {
		try {
			List<PartitionInfo> partitions = List.of();
			// Services start side by side: wait until billing has created the topic.
			while (this.running && partitions.isEmpty()) {
				try {
					partitions = Optional.ofNullable(this.consumer.partitionsFor(TOPIC, Duration.ofSeconds(5)))
						.orElse(List.of());
				}
				catch (TimeoutException notYet) {
					partitions = List.of();
				}
				if (partitions.isEmpty()) {
					Thread.sleep(2_000);
				}
			}
			List<TopicPartition> assigned = partitions.stream()
				.map((p) -> new TopicPartition(p.topic(), p.partition()))
				.toList();
			this.consumer.assign(assigned);
			this.consumer.seekToBeginning(assigned);
			while (this.running) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofSeconds(1))) {
					try {
						apply(record.value());
					}
					catch (RuntimeException ex) {
						log.warn("Skipped an unreadable company notice at offset {}: {}", record.offset(),
								ex.getMessage());
					}
				}
			}
		}
		catch (WakeupException | InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("Company notices stopped: {}", ex.getMessage());
		}
		finally {
			this.consumer.close(Duration.ofSeconds(2));
		}
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.consumer != null) {
			this.consumer.wakeup();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static String text(JsonNode data, String field) {
		return data.path(field).isString() ? data.path(field).asString() : null;
	}

}

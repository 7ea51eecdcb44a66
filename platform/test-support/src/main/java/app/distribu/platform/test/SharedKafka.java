package app.distribu.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real KRaft broker per test JVM, started on first use. */
public final class SharedKafka {

	private static EmbeddedKafkaKraftBroker broker;

	private SharedKafka() {
	}

	public static synchronized String bootstrapServers() {
		if (broker == null) {
			broker = new EmbeddedKafkaKraftBroker(1, 1);
			broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
			broker.afterPropertiesSet();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
		}
		return broker.getBrokersAsString();
	}

}

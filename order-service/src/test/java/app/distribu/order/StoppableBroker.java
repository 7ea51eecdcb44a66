package app.distribu.order;

import java.io.IOException;
import java.net.ServerSocket;

import kafka.server.BrokerServer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A KRaft broker of its own, for tests that stop and restart it; the shared broker must
 * stay up for the other test classes. The broker listens on a fixed port, so clients find
 * it again after the restart; its controller and data survive the stop.
 */
public final class StoppableBroker {

	private final EmbeddedKafkaKraftBroker kafka;

	public StoppableBroker() {
		this.kafka = new EmbeddedKafkaKraftBroker(1, 1).kafkaPorts(freePort());
		this.kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
		this.kafka.afterPropertiesSet();
	}

	public String bootstrapServers() {
		return this.kafka.getBrokersAsString();
	}

	public void stop() {
		this.kafka.getCluster().brokers().values().forEach(BrokerServer::shutdown);
		this.kafka.getCluster().brokers().values().forEach(BrokerServer::awaitShutdown);
	}

	public void start() {
		this.kafka.getCluster().brokers().values().forEach(BrokerServer::startup);
	}

	public void destroy() {
		this.kafka.destroy();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package app.distribu.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What the services need before they start: PostgreSQL, Kafka, SMTP and the mail viewer.
 */
public final class Infrastructure implements AutoCloseable {

	private final List<AutoCloseable> started = new ArrayList<>();

	private Postgres postgres;

	private TraceViewer traces;

	private KafkaBroker kafka;

	private StackConfig config;

	private boolean closed;

	public static Infrastructure start(StackConfig config) {
		Infrastructure infrastructure = new Infrastructure();
		try {
			infrastructure.startIn(config);
			return infrastructure;
		}
		catch (RuntimeException | Error ex) {
			infrastructure.close();
			throw ex;
		}
	}

	/**
	 * Starts the parts one by one so that {@link #close()}, from another thread on
	 * Ctrl-C, stops whatever had started.
	 */
	void startIn(StackConfig config) {
		requireFreePorts(config);
		this.config = config;
		this.postgres = add(Postgres.start(config));
		this.kafka = add(KafkaBroker.start(config));
		add(MailServer.start(config));
		add(MailViewer.start(config));
		this.traces = add(TraceViewer.start(config));
	}

	/** The OTLP receiver the services send their spans to. */
	public TraceViewer traces() {
		return this.traces;
	}

	/**
	 * Fails early and by name rather than with a bind error deep inside a child's log.
	 */
	private static void requireFreePorts(StackConfig config) {
		Map<String, Integer> ports = Map.of("PostgreSQL", config.postgresPort(), "Kafka", config.kafkaPort(),
				"Kafka controller", config.kafkaControllerPort(), "SMTP", config.smtpPort(), "mail viewer",
				config.mailViewerPort(), "trace viewer", config.traceViewerPort());
		ports.forEach(Infrastructure::requireFree);
	}

	static void requireFree(String name, int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Port " + port + " (" + name + ") is in use: is another local stack still running? Stop it first.");
		}
	}

	private synchronized <T extends AutoCloseable> T add(T component) {
		if (this.closed) {
			closeQuietly(component);
			throw new IllegalStateException("Stopped while starting");
		}
		this.started.add(component);
		return component;
	}

	/** A connection source for {@code user} on the distribu database. */
	public DataSource database(String user) {
		return this.postgres.database(user);
	}

	/**
	 * Stops the broker, as an outage would, for fault tests; {@link #startKafka()} brings
	 * it back on the same port with its topics, so clients reconnect by themselves.
	 */
	public synchronized void stopKafka() {
		this.started.remove(this.kafka);
		this.kafka.close();
	}

	public void startKafka() {
		this.kafka = add(KafkaBroker.start(this.config));
	}

	/** Stops in reverse order of start; one failure does not keep the rest running. */
	@Override
	public synchronized void close() {
		this.closed = true;
		for (int i = this.started.size() - 1; i >= 0; i--) {
			closeQuietly(this.started.get(i));
		}
		this.started.clear();
	}

	private static void closeQuietly(AutoCloseable component) {
		try {
			component.close();
		}
		catch (Exception ex) {
			System.err.println("While stopping " + component.getClass().getSimpleName() + ": " + ex);
		}
	}

}

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

	private Infrastructure() {
	}

	public static Infrastructure start(StackConfig config) {
		requireFreePorts(config);
		Infrastructure infrastructure = new Infrastructure();
		try {
			infrastructure.postgres = infrastructure.add(Postgres.start(config));
			infrastructure.add(KafkaBroker.start(config));
			infrastructure.add(MailServer.start(config));
			infrastructure.add(MailViewer.start(config));
			return infrastructure;
		}
		catch (RuntimeException ex) {
			infrastructure.close();
			throw ex;
		}
	}

	/**
	 * Fails early and by name rather than with a bind error deep inside a child's log.
	 */
	private static void requireFreePorts(StackConfig config) {
		Map<String, Integer> ports = Map.of("PostgreSQL", config.postgresPort(), "Kafka", config.kafkaPort(),
				"Kafka controller", config.kafkaControllerPort(), "SMTP", config.smtpPort(), "mail viewer",
				config.mailViewerPort());
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

	private <T extends AutoCloseable> T add(T component) {
		this.started.add(component);
		return component;
	}

	/** A connection source for {@code user} on the distribu database. */
	public DataSource database(String user) {
		return this.postgres.database(user);
	}

	/** Stops in reverse order of start; one failure does not keep the rest running. */
	@Override
	public void close() {
		for (int i = this.started.size() - 1; i >= 0; i--) {
			try {
				this.started.get(i).close();
			}
			catch (Exception ex) {
				System.err.println("While stopping " + this.started.get(i).getClass().getSimpleName() + ": " + ex);
			}
		}
		this.started.clear();
	}

}

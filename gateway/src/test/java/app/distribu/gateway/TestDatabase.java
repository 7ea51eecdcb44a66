package app.distribu.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the rate-limit windows: one server per test JVM, a fresh database
 * per gateway (or group of replicas sharing one).
 */
final class TestDatabase {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestDatabase() {
	}

	/** The datasource properties of a new empty database. */
	static Map<String, Object> fresh() {
		String name = "gateway_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create " + name, ex);
		}
		return Map.of("DB_URL", server().getJdbcUrl("postgres", name), "DB_USER", "postgres", "DB_PASSWORD",
				"postgres");
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// exiting anyway
				}
			}));
		}
		return server;
	}

}

package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL whose data stays in {@code .data/postgres}, with one database and a
 * role plus schema per service (password = name), created idempotently on every start.
 */
final class Postgres implements AutoCloseable {

	static final String DATABASE = "distribu";

	private final EmbeddedPostgres server;

	private Postgres(EmbeddedPostgres server) {
		this.server = server;
	}

	static Postgres start(StackConfig config) {
		try {
			Files.createDirectories(config.logs());
			Redirect log = Redirect.appendTo(config.logs().resolve("postgres.log").toFile());
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setPort(config.postgresPort())
				.setDataDirectory(config.dataDir().resolve("postgres"))
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setOutputRedirector(log)
				.setErrorRedirector(log)
				.start();
			Postgres postgres = new Postgres(server);
			postgres.provision();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start PostgreSQL on port " + config.postgresPort() + " (see "
					+ config.logs().resolve("postgres.log") + ")", ex);
		}
	}

	private void provision() {
		execute(this.server.getPostgresDatabase(), "select 1 from pg_database where datname = '" + DATABASE + "'",
				"create database " + DATABASE);
		DataSource distribu = this.server.getDatabase("postgres", DATABASE);
		for (String name : StackConfig.schemas()) {
			execute(distribu, "select 1 from pg_roles where rolname = '" + name + "'",
					"create role " + name + " login password '" + name + "'");
			run(distribu, "create schema if not exists " + name + " authorization " + name);
		}
		// Schemas are the walls between services: nobody creates tables in public.
		run(distribu, "revoke create on schema public from public");
	}

	/** Runs {@code statement} unless {@code existsQuery} finds a row. */
	private static void execute(DataSource dataSource, String existsQuery, String statement) {
		try (Connection connection = dataSource.getConnection(); Statement jdbc = connection.createStatement()) {
			if (!jdbc.executeQuery(existsQuery).next()) {
				jdbc.execute(statement);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL refused: " + statement, ex);
		}
	}

	private static void run(DataSource dataSource, String statement) {
		try (Connection connection = dataSource.getConnection(); Statement jdbc = connection.createStatement()) {
			jdbc.execute(statement);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL refused: " + statement, ex);
		}
	}

	DataSource database(String user) {
		return this.server.getDatabase(user, DATABASE);
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

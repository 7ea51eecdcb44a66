package app.distribu.platform.operations;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Runs the service's Flyway migrations and exits: the {@code migrate} init container of
 * every Deployment ({@code java -cp @/app/jib-classpath-file
 * app.distribu.platform.operations.MigrateDatabase}). It reads the same
 * {@code application.yml} and environment as the service, so the database, role, schema
 * and migration folders are the service's own; it waits up to a minute for the database.
 */
public final class MigrateDatabase {

	private MigrateDatabase() {
	}

	public static void main(String[] args) {
		MigrateResult result = migrate(settings());
		System.out.println("Migrated schema " + String.join(",", result.schemaName) + " to version "
				+ result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations run)");
	}

	static MigrateResult migrate(StandardEnvironment settings) {
		return Flyway.configure()
			.dataSource(settings.getRequiredProperty("spring.datasource.url"),
					settings.getRequiredProperty("spring.datasource.username"),
					settings.getRequiredProperty("spring.datasource.password"))
			.schemas(settings.getRequiredProperty("spring.flyway.schemas").split(","))
			.locations(settings.getProperty("spring.flyway.locations", "classpath:db/migration").split(","))
			.connectRetries(12)
			.load()
			.migrate();
	}

	/**
	 * The service's application.yml, with the environment's values in its placeholders.
	 */
	static StandardEnvironment settings() {
		StandardEnvironment environment = new StandardEnvironment();
		try {
			new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.forEach(environment.getPropertySources()::addLast);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return environment;
	}

}

package app.distribu.platform.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import app.distribu.platform.test.SharedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

class MigrateDatabaseTest {

	@Test
	void migratesTheServicesSchemaFromItsOwnConfigurationOnceAndThenNothing() throws Exception {
		String url = SharedPostgres.newDatabase();
		StandardEnvironment settings = MigrateDatabase.settings();
		// What Kubernetes puts in the init container's environment.
		settings.getPropertySources()
			.addFirst(new MapPropertySource("env", java.util.Map.of("DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD",
					"postgres", "DB_SCHEMA", "shop")));

		assertThat(MigrateDatabase.migrate(settings).migrationsExecuted).isEqualTo(1);
		assertThat(MigrateDatabase.migrate(settings).migrationsExecuted).isZero();
		try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
				ResultSet tables = connection.getMetaData().getTables(null, "shop", "shelf", null)) {
			assertThat(tables.next()).isTrue();
		}
	}

}

package app.distribu.platform.jooq.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Build-time step of every service with migrations: starts a real PostgreSQL, applies the
 * service's Flyway migrations and generates jOOQ classes from the result. Skipped when
 * the migrations have not changed since the last run.
 *
 * <p>
 * Arguments: migrations folder, Java package, output folder.
 */
public final class JooqCodegen {

	private static final String SCHEMA = "app";

	private JooqCodegen() {
	}

	public static void main(String[] args) throws Exception {
		Path migrations = Path.of(args[0]);
		String packageName = args[1];
		Path output = Path.of(args[2]);
		Path stamp = output.resolve(".migrations.sha256");
		String fingerprint = fingerprint(migrations, packageName);
		if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
			System.out.println("jOOQ classes are up to date with " + migrations);
			return;
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			Flyway.configure(Thread.currentThread().getContextClassLoader())
				.dataSource(url, "postgres", "postgres")
				.schemas(SCHEMA)
				.createSchemas(true)
				.locations("filesystem:" + migrations, "classpath:db/platform")
				.load()
				.migrate();
			GenerationTool.generate(configuration(url, packageName, output));
		}
		Files.writeString(stamp, fingerprint);
	}

	private static Configuration configuration(String url, String packageName, Path output) {
		return new Configuration()
			.withJdbc(new Jdbc().withDriver("org.postgresql.Driver")
				.withUrl(url)
				.withUser("postgres")
				.withPassword("postgres"))
			.withGenerator(new Generator()
				.withDatabase(new Database().withName("org.jooq.meta.postgres.PostgresDatabase")
					.withInputSchema(SCHEMA)
					.withOutputSchemaToDefault(true)
					.withExcludes("flyway_schema_history|outbox_event|processed_event"))
				.withGenerate(new Generate().withRecords(true).withPojos(false).withJavaTimeTypes(true))
				.withTarget(new Target().withPackageName(packageName).withDirectory(output.toString())));
	}

	private static String fingerprint(Path migrations, String packageName)
			throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		digest.update(packageName.getBytes(StandardCharsets.UTF_8));
		try (Stream<Path> files = Files.walk(migrations)) {
			List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
			for (Path file : sorted) {
				digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}

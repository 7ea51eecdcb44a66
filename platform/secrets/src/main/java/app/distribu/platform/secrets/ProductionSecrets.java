package app.distribu.platform.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a service in production ({@code DISTRIBU_PRODUCTION=true}) while a
 * secret it reads is missing or still a placeholder, before anything connects anywhere.
 * Each service lists the environment variables it reads in
 * {@code distribu.secrets.required} (and {@code optional}: checked only when set), so the
 * list in its {@code application.yml} is also the list operators must provide
 * (docs/security.md). An entry may hold only under a setting:
 * {@code STRIPE_API_KEY when distribu.billing.provider=stripe}.
 */
public class ProductionSecrets implements EnvironmentPostProcessor, Ordered {

	/** Shorter than this is guessable, or a local default such as a schema name. */
	static final int MIN_LENGTH = 16;

	/** Lower-cased fragments that mark a value nobody meant for production. */
	private static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "change_me", "placeholder",
			"replace-me", "example", "local-", EncryptionKeys.DEVELOPMENT.substring(4).toLowerCase());

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!production(environment)) {
			return;
		}
		List<String> problems = new ArrayList<>();
		for (String entry : environment.getProperty("distribu.secrets.required", String[].class, new String[0])) {
			applies(entry, environment)
				.ifPresent((name) -> check(name, environment.getProperty(name), true).ifPresent(problems::add));
		}
		for (String entry : environment.getProperty("distribu.secrets.optional", String[].class, new String[0])) {
			applies(entry, environment)
				.ifPresent((name) -> check(name, environment.getProperty(name), false).ifPresent(problems::add));
		}
		if (!problems.isEmpty()) {
			throw new UnsafeSecrets(problems);
		}
	}

	/**
	 * The variable an entry names, unless its {@code when property=value} does not hold
	 * (compared ignoring case, as Spring binds enum-like settings).
	 */
	static Optional<String> applies(String entry, Environment environment) {
		String[] parts = entry.trim().split("\\s+when\\s+", 2);
		if (parts.length == 2) {
			String[] condition = parts[1].split("=", 2);
			if (condition.length != 2) {
				throw new IllegalStateException(
						"distribu.secrets entry '" + entry.trim() + "' must read NAME when property=value");
			}
			String actual = environment.getProperty(condition[0].trim(), "");
			if (!actual.trim().equalsIgnoreCase(condition[1].trim())) {
				return Optional.empty();
			}
		}
		return Optional.of(parts[0].trim());
	}

	static boolean production(Environment environment) {
		return environment.getProperty("distribu.secrets.production", Boolean.class,
				environment.getProperty("DISTRIBU_PRODUCTION", Boolean.class, false));
	}

	static Optional<String> check(String name, String value, boolean required) {
		if (value == null || value.isBlank()) {
			return required ? Optional.of(name + " is not set") : Optional.empty();
		}
		String lower = value.toLowerCase(Locale.ROOT);
		for (String placeholder : PLACEHOLDERS) {
			if (lower.contains(placeholder)) {
				return Optional.of(name + " is still a placeholder or development value");
			}
		}
		if (value.trim().length() < MIN_LENGTH) {
			return Optional.of(name + " is shorter than " + MIN_LENGTH + " characters");
		}
		return Optional.empty();
	}

	/** After the configuration files are read, so their lists and values count. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

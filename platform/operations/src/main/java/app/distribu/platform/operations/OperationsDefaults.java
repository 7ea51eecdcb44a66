package app.distribu.platform.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds {@code META-INF/distribu-operations.properties} as the lowest-precedence defaults,
 * after the service's own configuration is loaded, leaving out what resolves to blank.
 */
public class OperationsDefaults implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE = "distribuOperationsDefaults";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Properties defaults;
		try {
			defaults = PropertiesLoaderUtils
				.loadProperties(new ClassPathResource("META-INF/distribu-operations.properties"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Object> resolved = new HashMap<>();
		for (String name : defaults.stringPropertyNames()) {
			String value = environment.resolvePlaceholders(defaults.getProperty(name));
			if (!value.isBlank()) {
				resolved.put(name, value);
			}
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, resolved));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

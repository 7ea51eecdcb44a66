package app.distribu.platform.test;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MapPropertySource;

/**
 * A service started by hand on a random port against the same real infrastructure as
 * {@link ServiceTest}, for test engines that Spring's test framework does not drive
 * (jqwik properties). Close it when the container is done.
 */
public final class RunningService implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningService(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts {@code application}; {@code properties} are extra {@code key=value} pairs.
	 */
	public static RunningService start(Class<?> application, String... properties) {
		Map<String, Object> infrastructure = RealInfrastructureCustomizerFactory
			.properties(application.getSimpleName());
		infrastructure.put("server.port", "0");
		for (String property : properties) {
			int equals = property.indexOf('=');
			infrastructure.put(property.substring(0, equals), property.substring(equals + 1));
		}
		// First, as for a test context: above the service's own application.yml.
		return new RunningService(new SpringApplicationBuilder(application)
			.initializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("realInfrastructure", infrastructure)))
			.run());
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	@Override
	public void close() {
		this.context.close();
	}

}

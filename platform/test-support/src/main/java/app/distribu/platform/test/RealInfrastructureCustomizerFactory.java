package app.distribu.platform.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points every {@link ServiceTest} at the shared real infrastructure. */
public class RealInfrastructureCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(ServiceTest.class)) {
			return null;
		}
		return new RealInfrastructure(testClass);
	}

	/**
	 * A fresh database, the shared broker (with its own consumer group, reading from the
	 * start), the shared SMTP server and the test token issuer.
	 */
	static Map<String, Object> properties(String consumerGroup) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", SharedPostgres.newDatabase());
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		properties.put("spring.kafka.bootstrap-servers", SharedKafka.bootstrapServers());
		properties.put("spring.kafka.consumer.group-id", consumerGroup + "-" + System.nanoTime());
		properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", SharedMail.smtpPort());
		properties.put("distribu.security.jwks-uri", TestTokens.jwksUri());
		return properties;
	}

	/** Keyed by test class: each class gets its own context and database. */
	private record RealInfrastructure(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = properties(this.testClass.getSimpleName());
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("realInfrastructure", properties));
		}

	}

}

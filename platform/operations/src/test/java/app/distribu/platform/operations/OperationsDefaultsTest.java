package app.distribu.platform.operations;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsDefaultsTest {

	@Test
	void tracesEveryRequestAndExportsOnlyWhereAnEndpointIsConfigured() {
		MockEnvironment local = environment(Map.of("spring.application.name", "order-service"));
		MockEnvironment cluster = environment(Map.of("spring.application.name", "order-service",
				"OTLP_TRACING_ENDPOINT", "http://collector:4318/v1/traces", "TRACING_SAMPLING_PROBABILITY", "0.1"));

		assertThat(local.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
		assertThat(local.containsProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isFalse();
		assertThat(local.getProperty("management.metrics.tags.application")).isEqualTo("order-service");
		assertThat(local.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("true");
		assertThat(cluster.getProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
			.isEqualTo("http://collector:4318/v1/traces");
		assertThat(cluster.getProperty("management.tracing.sampling.probability")).isEqualTo("0.1");
	}

	@Test
	void theServicesOwnSettingsWin() {
		MockEnvironment environment = environment(Map.of("management.tracing.sampling.probability", "0.5"));

		assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.5");
	}

	private static MockEnvironment environment(Map<String, Object> given) {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("given", given));
		new OperationsDefaults().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}

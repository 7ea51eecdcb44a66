package app.distribu.platform.notices;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One {@link CompanyNotices} per service, handed to every page for the layout. Without
 * Kafka (or with {@code distribu.notices.enabled=false}) it stays empty.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class NoticesAutoConfiguration {

	@Bean
	CompanyNotices companyNotices(Environment environment, JsonMapper json) {
		boolean enabled = environment.getProperty("distribu.notices.enabled", Boolean.class, true);
		return new CompanyNotices(enabled ? environment.getProperty("spring.kafka.bootstrap-servers") : null, json);
	}

	@Bean
	NoticesAdvice noticesAdvice(CompanyNotices notices) {
		return new NoticesAdvice(notices);
	}

}

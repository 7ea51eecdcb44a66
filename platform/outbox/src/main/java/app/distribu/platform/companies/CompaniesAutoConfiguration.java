package app.distribu.platform.companies;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store read model, for a service that names its consumer in
 * {@code distribu.stores.consumer-name} (and has the {@code store} table).
 */
@AutoConfiguration
@ConditionalOnProperty("distribu.stores.consumer-name")
public class CompaniesAutoConfiguration {

	@Bean
	Stores stores(JdbcClient jdbc) {
		return new Stores(jdbc);
	}

	@Bean
	CompanyEventsListener companyEventsListener(Environment environment, Stores stores) {
		return new CompanyEventsListener(environment.getRequiredProperty("distribu.stores.consumer-name"), stores);
	}

}

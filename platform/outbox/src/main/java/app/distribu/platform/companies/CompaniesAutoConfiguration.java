package app.distribu.platform.companies;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import app.distribu.platform.events.EventsPlatformAutoConfiguration;
import app.distribu.platform.events.IdempotentConsumer;

/** The company listener, for a service that declares a {@link CompanyReadModel}. */
@AutoConfiguration(after = EventsPlatformAutoConfiguration.class)
@ConditionalOnBean({ CompanyReadModel.class, IdempotentConsumer.class })
public class CompaniesAutoConfiguration {

	@Bean
	CompanyEventsListener companyEventsListener(IdempotentConsumer consumer, CompanyReadModel model) {
		return new CompanyEventsListener(consumer, model);
	}

}

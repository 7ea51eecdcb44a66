package app.distribu.platform.companies;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import app.distribu.platform.events.EventsPlatformAutoConfiguration;

/** The company listener, for a service that declares a {@link CompanyReadModel}. */
@AutoConfiguration(before = EventsPlatformAutoConfiguration.class)
@ConditionalOnBean(CompanyReadModel.class)
public class CompaniesAutoConfiguration {

	@Bean
	CompanyEventsListener companyEventsListener(CompanyReadModel model) {
		return new CompanyEventsListener(model);
	}

}

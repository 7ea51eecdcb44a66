package app.distribu.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Registers the shared web mechanics in every servlet service. */
@AutoConfiguration
public class WebPlatformAutoConfiguration {

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	PageProblemsAdvice pageProblemsAdvice() {
		return new PageProblemsAdvice();
	}

	@Bean
	ApiDocumentation apiDocumentation() {
		return new ApiDocumentation();
	}

	@Bean
	RestClientCustomizer correlationIdRestClientCustomizer() {
		return (builder) -> builder.requestInterceptor(new CorrelationIdPropagation());
	}

}

package app.distribu.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Registers the shared web mechanics in every servlet service. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(WebLimits.class)
public class WebPlatformAutoConfiguration {

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Right after the correlation id, so an oversized body is refused before any work.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(WebLimits limits) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(limits.maxBodySize()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	@ConditionalOnMissingBean(ErrorAttributes.class)
	ErrorPageDetail errorAttributes() {
		return new ErrorPageDetail();
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

package app.distribu.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

import app.distribu.platform.secrets.SecretBox;
import app.distribu.platform.web.apidocs.AnyJson;
import app.distribu.platform.web.apidocs.ApiDocumentation;
import app.distribu.platform.web.apidocs.OperationNames;
import app.distribu.platform.web.apidocs.RecordTypes;
import app.distribu.platform.web.apidocs.TruthfulSchemas;
import app.distribu.platform.secrets.SecretsAutoConfiguration;

/** Registers the shared web mechanics in every servlet service. */
@AutoConfiguration(after = SecretsAutoConfiguration.class, before = ErrorMvcAutoConfiguration.class)
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
	LayoutAdvice layoutAdvice() {
		return new LayoutAdvice();
	}

	@Bean
	Dates dates() {
		return new Dates();
	}

	/**
	 * Replaces Spring MVC's HTTP-session flash store (services keep no sessions). Spring
	 * MVC defines the bean itself, so it is swapped as it is created.
	 */
	@Bean
	static BeanPostProcessor cookieFlashMapManager(ObjectProvider<SecretBox> box) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof FlashMapManager && DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME.equals(name))
						? new CookieFlashMapManager(box.getObject()) : bean;
			}
		};
	}

	@Bean
	ApiDocumentation apiDocumentation() {
		return new ApiDocumentation();
	}

	@Bean
	RecordTypes recordTypes() {
		return new RecordTypes();
	}

	@Bean
	TruthfulSchemas truthfulSchemas(RecordTypes recordTypes) {
		return new TruthfulSchemas(recordTypes);
	}

	@Bean
	OperationNames operationNames() {
		return new OperationNames();
	}

	@Bean
	AnyJson anyJson() {
		return new AnyJson();
	}

	@Bean
	RestClientCustomizer correlationIdRestClientCustomizer() {
		return (builder) -> builder.requestInterceptor(new CorrelationIdPropagation());
	}

}

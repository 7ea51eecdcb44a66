package app.distribu.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

import app.distribu.platform.secrets.SecretBox;
import app.distribu.platform.secrets.SecretsAutoConfiguration;

/** Registers the shared web mechanics in every servlet service. */
@AutoConfiguration(after = SecretsAutoConfiguration.class)
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
	RestClientCustomizer correlationIdRestClientCustomizer() {
		return (builder) -> builder.requestInterceptor(new CorrelationIdPropagation());
	}

}

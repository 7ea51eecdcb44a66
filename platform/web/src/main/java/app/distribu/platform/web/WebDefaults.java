package app.distribu.platform.web;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import app.distribu.platform.web.apidocs.ApiDocumentation;

/**
 * Defaults every service behind the gateway needs, overridable in its own configuration:
 * relative redirects (an absolute one would name the service's own port instead of the
 * gateway's address), and Boot's own problem-details handler off because
 * {@link ProblemDetailsAdvice} already renders framework errors and would otherwise be
 * shadowed by it (losing the field errors). The OpenAPI description of the public API is
 * served on an internal path for the gateway to merge. Form posts are limited like JSON
 * bodies ({@link RequestBodyLimit}). Thymeleaf renders a page into a buffer and writes it
 * once: written as it went, each of a page's thousands of small writes crossed Tomcat's
 * writer and Spring Security's response wrapper (a fifth of a storefront page's render,
 * docs/performance.md), and a page that fails half-way no longer sends half a page.
 */
public class WebDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("distribuWebDefaults",
					Map.of("server.tomcat.use-relative-redirects", "true", "spring.mvc.problemdetails.enabled", "false",
							"springdoc.api-docs.path", ApiDocumentation.PATH, "springdoc.paths-to-match", "/api/v1/**",
							"springdoc.writer-with-order-by-keys", "true", "springdoc.default-produces-media-type",
							"application/json",
							// Tomcat parses chunked forms itself: the same limit as
							// RequestBodyLimit.
							"server.tomcat.max-http-form-post-size", "${distribu.web.max-body-size:1MB}",
							"spring.thymeleaf.servlet.produce-partial-output-while-processing", "false")));
	}

}

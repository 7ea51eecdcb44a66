package app.distribu.catalog.product;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;

/**
 * Product API scopes, also for {@code /api/v1/price-lists}: reads need
 * {@code products:read}, everything else {@code products:write}, including reading an
 * import's results (part of importing); storefront contacts get nothing. An interceptor
 * runs before the body is bound, so a key without the scope hears 403 rather than what
 * was wrong with its body.
 */
@Configuration(proxyBeanMethods = false)
class ProductScopes implements WebMvcConfigurer, HandlerInterceptor {

	private static final String IMPORTS = "/api/v1/products/imports/";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/v1/products", "/api/v1/products/**", "/api/v1/price-lists",
					"/api/v1/price-lists/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof DistribuPrincipal me)) {
			return true;
		}
		boolean read = (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))
				&& !request.getRequestURI().startsWith(IMPORTS);
		// Shoppers see products on the storefront only: the API would show inactive and
		// gated products, stock and thresholds.
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotPermitted();
		}
		me.requireScope(read ? "products:read" : "products:write");
		return true;
	}

}

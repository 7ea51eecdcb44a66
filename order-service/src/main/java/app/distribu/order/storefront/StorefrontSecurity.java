package app.distribu.order.storefront;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class StorefrontSecurity {

	/**
	 * A visitor may put a product in the cart before signing in (it waits in a cookie),
	 * and every storefront page asks how many lines the cart has.
	 */
	@Bean
	PublicPaths cartPaths() {
		return PublicPaths.of("/store/*/cart/items", "/store/*/cart/count");
	}

}

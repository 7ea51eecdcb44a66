package app.distribu.order.lists;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.distribu.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
class ListsSecurity {

	/**
	 * "Add to list" on a product page reaches a visitor too: the page sends them to sign
	 * in and back with the product and quantity kept ({@link ListsAdvice}).
	 */
	@Bean
	PublicPaths listChooserPath() {
		return PublicPaths.of("/store/*/lists/add");
	}

}

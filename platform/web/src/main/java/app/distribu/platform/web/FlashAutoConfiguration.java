package app.distribu.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

import app.distribu.platform.secrets.SecretBox;

/** Flash attributes without HTTP sessions, for every page's POST/redirect/GET. */
@AutoConfiguration(afterName = "app.distribu.platform.secrets.SecretsAutoConfiguration",
		beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
public class FlashAutoConfiguration {

	@Bean(name = DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager(SecretBox box) {
		return new FlashCookies(box);
	}

}

package app.distribu.gateway;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param identityUrl where API keys are exchanged for tokens
 * @param services every routed service by name, checked for readiness
 */
@ConfigurationProperties("distribu.gateway")
public record EdgeProperties(URI identityUrl, Map<String, URI> services) {

	public EdgeProperties {
		services = (services != null) ? Map.copyOf(services) : Map.of();
	}

}

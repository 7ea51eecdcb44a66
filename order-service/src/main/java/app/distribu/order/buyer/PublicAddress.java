package app.distribu.order.buyer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl the address buyers see (the gateway), {@code PUBLIC_BASE_URL}
 */
@ConfigurationProperties("distribu")
public record PublicAddress(String publicBaseUrl) {

	public PublicAddress {
		publicBaseUrl = (publicBaseUrl != null && !publicBaseUrl.isBlank()) ? publicBaseUrl.replaceAll("/+$", "")
				: "http://localhost:8080";
	}

}

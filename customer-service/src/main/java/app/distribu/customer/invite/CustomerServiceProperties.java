package app.distribu.customer.invite;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param identityUrl identity-service, which issues the contacts' sign-in links
 * @param contactLinksSecret shared with identity ({@code CONTACT_LINKS_SECRET})
 * @param publicBaseUrl the address people see (the gateway), for links in mails
 */
@ConfigurationProperties("distribu.customer")
public record CustomerServiceProperties(String identityUrl, String contactLinksSecret, String publicBaseUrl) {

	public CustomerServiceProperties {
		publicBaseUrl = (publicBaseUrl != null) ? publicBaseUrl.replaceAll("/+$", "") : "http://localhost:8080";
	}

}

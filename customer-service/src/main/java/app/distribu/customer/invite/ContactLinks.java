package app.distribu.customer.invite;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks identity-service for single-use sign-in links. The call carries the shared secret
 * instead of a user token: a visitor asking for a sign-in link has none.
 */
@Component
@EnableConfigurationProperties(CustomerServiceProperties.class)
public class ContactLinks {

	private final RestClient identity;

	ContactLinks(RestClient.Builder builder, CustomerServiceProperties properties) {
		// Boot's builder, so the correlation id goes along.
		this.identity = builder.clone()
			.baseUrl(properties.identityUrl())
			.defaultHeader("X-Distribu-Service-Secret", properties.contactLinksSecret())
			.build();
	}

	/** An invite: works for 7 days. */
	public IssuedLink invite(LinkRequest request) {
		return issue(request, "INVITE");
	}

	/** A sign-in link the contact asked for: works for 30 minutes. */
	public IssuedLink signIn(LinkRequest request) {
		return issue(request, "SIGN_IN");
	}

	private IssuedLink issue(LinkRequest request, String purpose) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("companyId", request.companyId());
		body.put("contactId", request.contactId());
		body.put("customerId", request.customerId());
		body.put("email", request.email());
		body.put("name", request.name());
		body.put("purpose", purpose);
		try {
			IssuedLink link = this.identity.post()
				.uri("/internal/contact-links")
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.retrieve()
				.body(IssuedLink.class);
			if (link == null || link.url() == null) {
				throw new LinkUnavailable(null);
			}
			return link;
		}
		catch (RestClientException ex) {
			throw new LinkUnavailable(ex);
		}
	}

}

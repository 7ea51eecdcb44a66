package app.distribu.identity.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/contact-links}, called by customer-service. The visitor asking
 * for a sign-in link has no token to pass on, so the call is authenticated by a secret
 * shared between the two services (on top of the NetworkPolicy that keeps /internal in
 * the cluster).
 */
@RestController
class ContactLinkApi {

	static final String SECRET_HEADER = "X-Distribu-Service-Secret";

	private final ContactLinks links;

	private final byte[] secret;

	ContactLinkApi(ContactLinks links, ContactLinkProperties properties) {
		this.links = links;
		this.secret = properties.secret().getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("/internal/contact-links")
	IssuedLink issue(@RequestHeader(name = SECRET_HEADER, required = false) String presented,
			@Valid @RequestBody ContactLinkRequest request) {
		if (this.secret.length == 0 || presented == null
				|| !MessageDigest.isEqual(this.secret, presented.getBytes(StandardCharsets.UTF_8))) {
			throw new UnknownCaller();
		}
		return this.links.issue(request);
	}

}

package app.distribu.identity.contact;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret shared with customer-service ({@code CONTACT_LINKS_SECRET}); without it
 * no link is issued
 * @param inviteLifetime how long an invite link works (7 days, as the FAQ says)
 * @param signInLifetime how long a requested sign-in link works
 */
@ConfigurationProperties("distribu.identity.contact-links")
record ContactLinkProperties(String secret, Duration inviteLifetime, Duration signInLifetime) {

	ContactLinkProperties {
		secret = (secret != null) ? secret : "";
		inviteLifetime = (inviteLifetime != null) ? inviteLifetime : Duration.ofDays(7);
		signInLifetime = (signInLifetime != null) ? signInLifetime : Duration.ofMinutes(30);
	}

}

package app.distribu.identity.sso;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.distribu.identity.sso.SsoRepository.LinkRecipient;
import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/**
 * The confirmation link to the account's own address, through the mail outbox in
 * Distribu's look. The link is the secret: never logged.
 */
@Component
class SsoLinkMail {

	static final String SUBJECT = "Connect your Distribu account to single sign-on?";

	private final MailOutbox outbox;

	private final String publicBaseUrl;

	SsoLinkMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.publicBaseUrl = properties.publicBaseUrl();
	}

	void send(LinkRecipient to, String company, String token) {
		this.outbox.queue(new Mail(to.email(), SUBJECT, "sso-link", Brand.distribu(this.publicBaseUrl),
				Map.of("name", to.name(), "company", company, "email", to.email(), "link",
						this.publicBaseUrl + "/login/sso/link/" + token, "reason",
						"You get this email because someone signing in through " + company
								+ "'s identity provider asked to use your account."),
				null));
	}

}

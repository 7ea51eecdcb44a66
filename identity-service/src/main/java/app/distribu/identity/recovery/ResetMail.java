package app.distribu.identity.recovery;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.distribu.identity.recovery.ResetRepository.Recipient;
import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;

/** The reset link by email. The link is the secret: it is never logged. */
@Component
class ResetMail {

	static final String SUBJECT = "Reset your Distribu password";

	private final MailOutbox outbox;

	private final String publicBaseUrl;

	ResetMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.publicBaseUrl = properties.publicBaseUrl();
	}

	void send(Recipient to, String token) {
		this.outbox.queue(
				new Mail(to.email(), SUBJECT, "password-reset", Brand.distribu(this.publicBaseUrl),
						Map.of("name", to.name(), "link", this.publicBaseUrl + "/reset-password/" + token, "reason",
								"You get this email because someone asked for a password reset for your address."),
						null));
	}

}

package app.distribu.identity.team;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.mail.Brand;
import app.distribu.platform.mail.Mail;
import app.distribu.platform.mail.MailOutbox;
import app.distribu.platform.security.Role;

/**
 * The invite email, queued in the invite's transaction; the link holds the only copy of
 * the token outside the mail.
 */
@Component
class InviteMail {

	private final MailOutbox outbox;

	private final IdentityProperties properties;

	InviteMail(MailOutbox outbox, IdentityProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	void send(String to, String companyName, Role role, String inviterName, String token) {
		this.outbox.queue(new Mail(to, inviterName + " invited you to " + companyName + " on Distribu", "team-invite",
				Brand.distribu(this.properties.publicBaseUrl()),
				Map.of("inviter", inviterName, "company", companyName, "role", role.name(), "link",
						this.properties.publicBaseUrl() + "/invites/" + token, "reason",
						"You get this email because " + inviterName + " entered your address on Distribu."),
				null));
	}

}

package app.distribu.identity.team;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;
import app.distribu.platform.security.Role;

/** The invite email; the link holds the only copy of the token outside the mail. */
@Component
class InviteMail {

	static final String FROM = "Distribu <no-reply@distribu.app>";

	private final JavaMailSender mail;

	private final IdentityProperties properties;

	InviteMail(JavaMailSender mail, IdentityProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	void send(String to, String companyName, Role role, String inviterName, String token) {
		String link = this.properties.publicBaseUrl() + "/invites/" + token;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(FROM);
		message.setTo(to);
		message.setSubject(inviterName + " invited you to " + companyName + " on Distribu");
		message.setText("""
				Hello,

				%s invited you to join %s on Distribu as %s.

				Accept the invite: %s

				The link works once and expires in 7 days. If it has expired, ask %s to send a new one.
				If you did not expect this email, you can ignore it.
				""".formatted(inviterName, companyName, role.name(), link, inviterName));
		this.mail.send(message);
	}

}

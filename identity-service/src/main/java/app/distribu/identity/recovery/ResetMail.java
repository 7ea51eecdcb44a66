package app.distribu.identity.recovery;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.recovery.ResetRepository.Recipient;
import app.distribu.identity.web.IdentityProperties;

/** The reset link by email. The link is the secret: it is never logged. */
@Component
class ResetMail {

	static final String FROM = "Distribu <no-reply@distribu.app>";

	static final String SUBJECT = "Reset your Distribu password";

	private final JavaMailSender mail;

	private final String publicBaseUrl;

	ResetMail(JavaMailSender mail, IdentityProperties properties) {
		this.mail = mail;
		this.publicBaseUrl = properties.publicBaseUrl();
	}

	void send(Recipient to, String token) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(FROM);
		message.setTo(to.email());
		message.setSubject(SUBJECT);
		message.setText("""
				Hello %s,

				someone asked to reset the password of your Distribu account. To choose a new
				password, open this link within the next hour:

				%s/reset-password/%s

				The link works once. If you did not ask for it, ignore this email: your password
				stays as it is.
				""".formatted(to.name(), this.publicBaseUrl, token));
		this.mail.send(message);
	}

}

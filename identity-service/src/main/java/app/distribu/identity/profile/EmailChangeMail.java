package app.distribu.identity.profile;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.web.IdentityProperties;

/** The confirmation link to the new address and the notice to the old one. */
@Component
class EmailChangeMail {

	static final String FROM = "Distribu <no-reply@distribu.app>";

	static final String CONFIRM_SUBJECT = "Confirm your new Distribu email address";

	static final String NOTICE_SUBJECT = "Your Distribu email address is being changed";

	private final JavaMailSender mail;

	private final String publicBaseUrl;

	EmailChangeMail(JavaMailSender mail, IdentityProperties properties) {
		this.mail = mail;
		this.publicBaseUrl = properties.publicBaseUrl();
	}

	void sendConfirmation(Profile profile, String newEmail, String token) {
		send(newEmail, CONFIRM_SUBJECT, """
				Hello %s,

				to make %s the email address of your Distribu account, open this link within
				24 hours:

				%s/dashboard/settings/profile/email/confirm/%s

				Until then you keep signing in with your current address. If you did not ask
				for this, ignore this email.
				""".formatted(profile.name(), newEmail, this.publicBaseUrl, token));
	}

	void sendNotice(Profile profile, String newEmail) {
		send(profile.email(), NOTICE_SUBJECT, """
				Hello %s,

				your email is being changed to %s. The change takes effect once it is
				confirmed from that address.

				If this was not you, change your password now and email support@distribu.app.
				""".formatted(profile.name(), newEmail));
	}

	private void send(String to, String subject, String text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(FROM);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		this.mail.send(message);
	}

}

package app.distribu.identity.sso;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import app.distribu.identity.sso.SsoRepository.LinkRecipient;
import app.distribu.identity.web.IdentityProperties;

/**
 * The confirmation link to the account's own address. The link is the secret: never
 * logged.
 */
@Component
class SsoLinkMail {

	static final String FROM = "Distribu <no-reply@distribu.app>";

	static final String SUBJECT = "Connect your Distribu account to single sign-on?";

	private final JavaMailSender mail;

	private final String publicBaseUrl;

	SsoLinkMail(JavaMailSender mail, IdentityProperties properties) {
		this.mail = mail;
		this.publicBaseUrl = properties.publicBaseUrl();
	}

	void send(LinkRecipient to, String company, String token) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(FROM);
		message.setTo(to.email());
		message.setSubject(SUBJECT);
		message.setText("""
				Hello %s,

				someone signing in through %s's identity provider asked to use your Distribu
				account (%s). If that was you, connect the two by opening this link within
				30 minutes:

				%s/login/sso/link/%s

				From then on that provider signs you in to %s. If it was not you, ignore this
				email: nothing changes, and your password stays as it is.
				""".formatted(to.name(), company, to.email(), this.publicBaseUrl, token, company));
		this.mail.send(message);
	}

}

package app.distribu.customer.invite;

import java.time.Duration;
import java.time.Instant;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The mails a customer's contacts get. Links are in the text only, never logged. */
@Component
public class ContactMail {

	static final String FROM = "Distribu <no-reply@distribu.app>";

	private final JavaMailSender mail;

	private final CustomerServiceProperties properties;

	ContactMail(JavaMailSender mail, CustomerServiceProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	public void invite(String to, String name, String storeName, IssuedLink link) {
		send(to, "Your account at " + storeName + " is ready",
				"""
						Hello %s,

						%s approved your account. Sign in to see the catalog and place orders:

						%s

						The link works once and expires in 7 days. Later, ask for a new sign-in link on the store's sign-in page.
						"""
					.formatted(name, storeName, link.url()));
	}

	public void signIn(String to, String name, String storeName, IssuedLink link) {
		// Rounded up: a link issued a moment ago still reads "30 minutes".
		long minutes = Math.max(1, (Duration.between(Instant.now(), link.expiresAt()).toSeconds() + 59) / 60);
		send(to, "Sign in to " + storeName, """
				Hello %s,

				Use this link to sign in to %s:

				%s

				The link works once and expires in %d minutes. If you did not ask for it, you can ignore this email.
				""".formatted(name, storeName, link.url(), minutes));
	}

	/** A contact of a customer still waiting for approval asked to sign in. */
	public void awaitingApproval(String to, String name, String storeName) {
		send(to, "Your account at " + storeName + " is waiting for approval", """
				Hello %s,

				You asked to sign in to %s, but your account has not been approved yet. You will get an
				email with a sign-in link as soon as %s approves it.
				""".formatted(name, storeName, storeName));
	}

	public void rejected(String to, String name, String storeName, String slug) {
		send(to, "Your registration at " + storeName, """
				Hello %s,

				%s did not approve your registration, so no account was opened. If you think this is a
				mistake, please contact %s directly.

				%s
				""".formatted(name, storeName, storeName, this.properties.publicBaseUrl() + "/store/" + slug));
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

package app.distribu.customer;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import app.distribu.platform.test.SharedMail;

/** Mails received by the shared SMTP server, by recipient. */
public final class Mails {

	private Mails() {
	}

	public static List<Mail> to(String address) {
		return Arrays.stream(SharedMail.received())
			.map(Mail::of)
			.filter((mail) -> mail.to().equalsIgnoreCase(address))
			.toList();
	}

	/** The first mail to the address whose subject contains the text, waiting for it. */
	public static Mail await(String address, String subject) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> to(address).stream().filter((mail) -> mail.subject().contains(subject)).findFirst(),
					Optional::isPresent)
			.orElseThrow();
	}

	public record Mail(String to, String subject, String text) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
						message.getContent().toString());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}

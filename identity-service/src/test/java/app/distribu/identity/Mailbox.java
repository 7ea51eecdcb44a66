package app.distribu.identity;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import app.distribu.platform.test.SharedMail;

/** Reads the shared SMTP server's mail, per recipient (other test classes share it). */
public final class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private Mailbox() {
	}

	public static List<Mail> to(String address) {
		return Arrays.stream(SharedMail.received()).map(Mail::of).filter((mail) -> mail.to().equals(address)).toList();
	}

	/** The first mail to the address whose subject contains the given text. */
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

		/**
		 * The path of the first link in the text (tests talk to the service directly).
		 */
		public String linkPath() {
			Matcher link = LINK.matcher(this.text);
			if (!link.find()) {
				throw new AssertionError("No link in: " + this.text);
			}
			return link.group().replaceFirst("^https?://[^/]+", "");
		}

		public String token() {
			String path = linkPath();
			return path.substring(path.lastIndexOf('/') + 1);
		}

	}

}

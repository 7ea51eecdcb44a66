package app.distribu.platform.test;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/** Mail the service sent to the shared SMTP server, as its recipient reads it. */
public final class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private Mailbox() {
	}

	/** Every mail to the address so far (addresses compare case-insensitively). */
	public static List<Mail> to(String address) {
		return Arrays.stream(SharedMail.received())
			.map(Mail::of)
			.filter((mail) -> mail.to().equalsIgnoreCase(address.trim()))
			.toList();
	}

	public static int countTo(String address) {
		return to(address).size();
	}

	/** The newest mail to the address once more than {@code alreadySeen} have arrived. */
	public static Mail latestTo(String address, int alreadySeen) {
		List<Mail> mails = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> to(address), (all) -> all.size() > alreadySeen);
		return mails.get(mails.size() - 1);
	}

	/** The first mail to the address whose subject contains the given text. */
	public static Mail await(String address, String subject) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> to(address).stream().filter((mail) -> mail.subject().contains(subject)).findFirst(),
					Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * A received mail: its plain-text body, and its HTML body when it has one
	 * (multipart/alternative), else null.
	 */
	public record Mail(String to, String subject, String text, String html) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
						part(message, "text/plain"), part(message, "text/html"));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static String part(Part part, String type) throws MessagingException, IOException {
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
			if (part.isMimeType("multipart/*")) {
				Multipart parts = (Multipart) part.getContent();
				for (int i = 0; i < parts.getCount(); i++) {
					String found = part(parts.getBodyPart(i), type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}

		/** The first link in the text, as the recipient would click it. */
		public String link() {
			Matcher link = LINK.matcher(this.text);
			if (!link.find()) {
				throw new AssertionError("No link in: " + this.text);
			}
			return link.group();
		}

		/** The link's path (tests talk to the service directly). */
		public String linkPath() {
			return link().replaceFirst("^https?://[^/]+", "");
		}

		public String token() {
			String path = linkPath();
			return path.substring(path.lastIndexOf('/') + 1);
		}

	}

}

package app.distribu.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/**
 * The mail the local stack's SMTP server kept ({@code mailDir/*.eml}), for browser tests.
 */
final class StackMail {

	private StackMail() {
	}

	/**
	 * The first match of {@code link} in the newest mail to {@code to} whose subject
	 * contains {@code subject}, waiting up to 30 s for it.
	 */
	static String awaitLink(StackConfig config, String to, String subject, Pattern link) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> newestLink(config, to, subject, link), Optional::isPresent)
			.orElseThrow();
	}

	/** Links name the public address; the test stack's gateway listens elsewhere. */
	static String pathOf(String link) {
		return link.replaceFirst("^https?://[^/]+", "");
	}

	private static Optional<String> newestLink(StackConfig config, String to, String subject, Pattern link)
			throws IOException, MessagingException {
		try (Stream<Path> files = Files.list(config.mailDir())) {
			List<Path> mails = files.filter((f) -> f.toString().endsWith(".eml")).sorted().toList();
			for (int i = mails.size() - 1; i >= 0; i--) {
				MimeMessage message = read(mails.get(i));
				if (message.getAllRecipients()[0].toString().equalsIgnoreCase(to)
						&& message.getSubject().contains(subject)) {
					Matcher found = link.matcher(String.valueOf(message.getContent()));
					return found.find() ? Optional.of(found.group()) : Optional.empty();
				}
			}
			return Optional.empty();
		}
	}

	private static MimeMessage read(Path file) throws IOException, MessagingException {
		try (InputStream in = Files.newInputStream(file)) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
	}

}

package app.distribu.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local SMTP server saves every mail once, also a new one to a person who already had
 * mail after someone else got theirs (GreenMail lists mail per mailbox, not by arrival:
 * the owner's new-order alert was lost behind the buyer's confirmation).
 */
class MailServerTest {

	@TempDir
	Path dataDir;

	@Test
	void savesEachMailOnceInTheOrderItArrived() throws Exception {
		StackConfig config = StackConfig.forTests(Path.of("."), this.dataDir);
		try (MailServer server = MailServer.start(config)) {
			send(config, "owner@shop.test", "New customer registration");
			awaitSaved(config, 1);
			send(config, "buyer@deli.test", "Your order #1");
			awaitSaved(config, 2);
			send(config, "owner@shop.test", "New order #1");
			awaitSaved(config, 3);
		}

		assertThat(saved(config)).containsExactly("owner@shop.test: New customer registration",
				"buyer@deli.test: Your order #1", "owner@shop.test: New order #1");
	}

	private static void send(StackConfig config, String to, String subject) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(config.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("no-reply@distribu.app"));
		message.setRecipients(MimeMessage.RecipientType.TO, to);
		message.setSubject(subject);
		message.setText("Hello");
		Transport.send(message);
	}

	private static void awaitSaved(StackConfig config, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> saved(config).size() >= count);
	}

	private static List<String> saved(StackConfig config) throws IOException {
		try (Stream<Path> files = Files.list(config.mailDir())) {
			return files.sorted().map(MailServerTest::describe).toList();
		}
	}

	private static String describe(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			return message.getAllRecipients()[0] + ": " + message.getSubject();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

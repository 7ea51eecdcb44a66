package app.distribu.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * SMTP on 127.0.0.1 that accepts any recipient and keeps every message as an {@code .eml}
 * file in {@code .data/mail}, where the mail viewer reads them (also after a restart).
 */
final class MailServer implements AutoCloseable {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final GreenMail greenMail;

	private final Path mailDir;

	private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "mail-writer");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * What was saved, by instance: GreenMail lists its messages mailbox by mailbox, so a
	 * new mail to an earlier mailbox lands in the middle of the list, not at its end.
	 */
	private final Set<MimeMessage> written = Collections.newSetFromMap(new IdentityHashMap<>());

	private long sequence;

	private MailServer(GreenMail greenMail, Path mailDir) {
		this.greenMail = greenMail;
		this.mailDir = mailDir;
	}

	static MailServer start(StackConfig config) {
		try {
			Files.createDirectories(config.mailDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GreenMail greenMail = new GreenMail(new ServerSetup(config.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		MailServer server = new MailServer(greenMail, config.mailDir());
		server.sequence = server.existingFiles();
		// GreenMail has no delivery callback; a short poll keeps the files current.
		server.writer.scheduleWithFixedDelay(server::writeNewMessages, 200, 200, TimeUnit.MILLISECONDS);
		return server;
	}

	private long existingFiles() {
		try (Stream<Path> files = Files.list(this.mailDir)) {
			return files.count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private synchronized void writeNewMessages() {
		List<MimeMessage> arrived = Stream.of(this.greenMail.getReceivedMessages())
			.filter(this.written::add)
			.sorted(Comparator.comparing(MailServer::receivedAt))
			.toList();
		for (MimeMessage message : arrived) {
			this.sequence++;
			Path file = this.mailDir.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + this.sequence + ".eml");
			try (OutputStream out = Files.newOutputStream(file)) {
				message.writeTo(out);
			}
			catch (IOException | MessagingException ex) {
				System.err.println("Could not save a received mail to " + file + ": " + ex);
			}
		}
	}

	private static Date receivedAt(MimeMessage message) {
		try {
			Date received = message.getReceivedDate();
			return (received != null) ? received : new Date(0);
		}
		catch (MessagingException ex) {
			return new Date(0);
		}
	}

	@Override
	public void close() {
		this.writer.shutdown();
		writeNewMessages();
		this.greenMail.stop();
	}

}

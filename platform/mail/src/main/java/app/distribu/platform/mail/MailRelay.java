package app.distribu.platform.mail;

import java.io.UnsupportedEncodingException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

import app.distribu.platform.secrets.SecretBox;

/**
 * Sends queued mail. Each replica leases a few due rows at a time (committed before any
 * SMTP traffic, so replicas never send the same row at once and a crashed replica's rows
 * come back when the lease ends), sends them as multipart/alternative (text and HTML),
 * then marks them sent or schedules the next attempt with a growing wait. A mail the
 * server refuses for good (an invalid address) is given up at once.
 *
 * <p>
 * A crash between sending and marking sends the mail again; the Message-ID stays the
 * same, so mail programs show it once.
 */
public class MailRelay {

	private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

	private static final int BATCH = 10;

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final SecretBox secrets;

	private final MailSettings properties;

	private final Counter sent;

	private final Counter retried;

	private final Counter failed;

	public MailRelay(JdbcClient jdbc, JavaMailSender sender, SecretBox secrets, MailSettings properties,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.secrets = secrets;
		this.properties = properties;
		this.sent = Counter.builder("distribu.mail.sent").description("Mails handed to SMTP").register(meters);
		this.retried = Counter.builder("distribu.mail.retried")
			.description("Failed mail attempts that will be retried")
			.register(meters);
		this.failed = Counter.builder("distribu.mail.failed")
			.description("Mails given up (refused recipient or too many attempts)")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${distribu.mail.poll-interval:500ms}")
	public void relay() {
		try {
			List<Pending> due;
			do {
				due = lease();
				due.forEach(this::deliver);
			}
			while (due.size() == BATCH);
		}
		catch (RuntimeException ex) {
			log.warn("Mail relay failed; will retry: {}", ex.getMessage());
		}
	}

	/** Sent mail keeps no body; after a week even its row goes. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	public void purge() {
		this.jdbc
			.sql("delete from mail_outbox where sent_at < now() - interval '7 days' "
					+ "or failed_at < now() - interval '30 days'")
			.update();
	}

	private List<Pending> lease() {
		return this.jdbc.sql("""
				update mail_outbox set lease_until = now() + interval '2 minutes', attempts = attempts + 1
				where id in (select id from mail_outbox
				             where sent_at is null and failed_at is null and next_attempt_at <= now()
				               and (lease_until is null or lease_until < now())
				             order by next_attempt_at, seq limit ? for update skip locked)
				returning id, recipient, sender_name, subject, text_body, html_body, attempts, seq""")
			.param(BATCH)
			.query(Pending.class)
			.list()
			.stream()
			// RETURNING keeps no order: sent oldest first, a buyer reads "confirmed"
			// before "shipped".
			.sorted(Comparator.comparingLong(Pending::seq))
			.toList();
	}

	private void deliver(Pending mail) {
		try {
			this.sender.send(message(mail));
			this.jdbc.sql("""
					update mail_outbox set sent_at = now(), lease_until = null, text_body = null, html_body = null,
					    last_error = null
					where id = ?""").param(mail.id()).update();
			this.sent.increment();
		}
		catch (MailException | MessagingException | UnsupportedEncodingException ex) {
			String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			if (refusedForGood(ex) || mail.attempts() >= this.properties.maxAttempts()) {
				this.jdbc
					.sql("update mail_outbox set failed_at = now(), lease_until = null, last_error = ? where id = ?")
					.params(reason, mail.id())
					.update();
				this.failed.increment();
				log.error("Mail {} given up after {} attempts: {}", mail.id(), mail.attempts(), reason);
				return;
			}
			long wait = this.properties.retryAfter(mail.attempts()).toMillis();
			this.jdbc.sql("""
					update mail_outbox set next_attempt_at = now() + make_interval(secs => ? / 1000.0),
					    lease_until = null, last_error = ?
					where id = ?""").params(wait, reason, mail.id()).update();
			this.retried.increment();
			log.warn("Mail {} not sent (attempt {}), retrying in {} ms: {}", mail.id(), mail.attempts(), wait, reason);
		}
	}

	private MimeMessage message(Pending mail) throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = this.sender.createMimeMessage();
		message.setFrom(new InternetAddress(this.properties.from(), mail.senderName(), "UTF-8"));
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
		message.setSubject(mail.subject(), "UTF-8");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(this.secrets.open(mail.textBody()), "UTF-8");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(this.secrets.open(mail.htmlBody()), "UTF-8", "html");
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(text);
		alternative.addBodyPart(html);
		message.setContent(alternative);
		// Kept by Spring's sender: a re-sent mail has the same id.
		message.setHeader("Message-ID", "<" + mail.id() + "@distribu.app>");
		return message;
	}

	/** The server refused the recipient itself: trying again would not help. */
	private static boolean refusedForGood(Exception ex) {
		if (ex instanceof MailSendException send) {
			return send.getFailedMessages()
				.values()
				.stream()
				.anyMatch((cause) -> cause instanceof SendFailedException refused
						&& refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
		}
		return !(ex instanceof MailException);
	}

	record Pending(UUID id, String recipient, String senderName, String subject, String textBody, String htmlBody,
			int attempts, long seq) {

	}

}

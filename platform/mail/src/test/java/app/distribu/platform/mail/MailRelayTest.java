package app.distribu.platform.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import app.distribu.platform.secrets.EncryptionKeys;
import app.distribu.platform.secrets.SecretBox;
import app.distribu.platform.test.SharedPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mail outbox against a real PostgreSQL and a real SMTP server that the test stops
 * and starts: nothing queued is lost, nothing is sent twice, a rolled-back change sends
 * nothing, and links never rest in the table readable.
 */
class MailRelayTest {

	static final Brand STORE = Brand.store("http://shop.example", "corner", "Corner Goods");

	static DataSource dataSource;

	static JdbcClient jdbc;

	static TransactionTemplate transaction;

	static SecretBox secrets = new SecretBox(EncryptionKeys.parse(EncryptionKeys.DEVELOPMENT));

	static int smtpPort;

	static GreenMail smtp;

	MailOutbox outbox;

	@BeforeAll
	static void database() throws IOException {
		dataSource = new DriverManagerDataSource(SharedPostgres.newDatabase(), "postgres", "postgres");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
		jdbc = JdbcClient.create(dataSource);
		transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		try (ServerSocket socket = new ServerSocket(0)) {
			smtpPort = socket.getLocalPort();
		}
		smtp = startSmtp();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void emptyOutbox() throws Exception {
		jdbc.sql("delete from mail_outbox").update();
		smtp.purgeEmailFromAllMailboxes();
		this.outbox = new MailOutbox(jdbc, new MailTemplates(), secrets);
	}

	@Test
	void aQueuedMailIsSentOnceAsTextAndHtmlFromTheBrand() throws Exception {
		UUID id = transaction.execute((status) -> this.outbox.queue(mail("ana@buyer.example")));

		relay(Duration.ofMillis(100)).relay();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Corner Goods");
		assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@distribu.app");
		assertThat(message.getSubject()).isEqualTo("Your order at Corner Goods");
		assertThat(message.getMessageID()).isEqualTo("<" + id + "@distribu.app>");
		Multipart parts = (Multipart) message.getContent();
		assertThat(parts.getContentType()).startsWith("multipart/alternative");
		assertThat(part(parts, "text/plain")).contains("Hello Ana Ávila,",
				"Open the link: https://shop.example/x/secret-token", "Corner Goods · wholesale ordering by Distribu");
		assertThat(part(parts, "text/html")).contains("Ana Ávila", "href=\"https://shop.example/x/secret-token\"",
				"<img src=\"http://shop.example/store/corner/logo\" alt=\"Corner Goods\"");
		assertThat(row(id).get("sent_at")).isNotNull();
		assertThat(row(id).get("text_body")).as("no body kept once sent").isNull();

		relay(Duration.ofMillis(100)).relay();
		assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(1);
	}

	@Test
	void mailIsSentInTheOrderItWasQueued() throws Exception {
		transaction.execute((status) -> {
			for (String step : List.of("confirmed", "shipped", "delivered")) {
				this.outbox.queue(new Mail("order@buyer.example", "Order " + step, "sample", STORE,
						Map.of("name", "Ana", "link", "https://shop.example/o"), null));
			}
			return null;
		});
		this.outbox.queue(new Mail("order@buyer.example", "Order cancelled", "sample", STORE,
				Map.of("name", "Ana", "link", "https://shop.example/o"), null));

		relay(Duration.ofMillis(100)).relay();

		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			subjects.add(message.getSubject());
		}
		assertThat(subjects).containsExactly("Order confirmed", "Order shipped", "Order delivered", "Order cancelled");
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		transaction.execute((status) -> {
			this.outbox.queue(mail("rolled@back.example"));
			status.setRollbackOnly();
			return null;
		});

		relay(Duration.ofMillis(100)).relay();

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isZero();
	}

	@Test
	void mailQueuedWhileSmtpIsDownIsSentOnceItIsBackAndLinksStaySealedMeanwhile() throws Exception {
		smtp.stop();
		List<UUID> ids = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				String to = "waiting" + i + "@buyer.example";
				ids.add(transaction.execute((status) -> this.outbox.queue(mail(to))));
			}
			MailRelay relay = relay(Duration.ofMillis(50));
			relay.relay();

			Map<String, Object> waiting = row(ids.get(0));
			assertThat(waiting.get("sent_at")).isNull();
			assertThat((Integer) waiting.get("attempts")).isEqualTo(1);
			assertThat((String) waiting.get("last_error")).isNotBlank();
			assertThat((String) waiting.get("text_body")).startsWith("enc:v1:").doesNotContain("secret-token");
			assertThat((String) waiting.get("html_body")).startsWith("enc:v1:").doesNotContain("secret-token");
		}
		finally {
			smtp = startSmtp();
		}

		MailRelay relay = relay(Duration.ofMillis(50));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			relay.relay();
			assertThat(smtp.getReceivedMessages()).hasSize(3);
		});
		relay.relay();
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(jdbc.sql("select count(*) from mail_outbox where sent_at is null").query(Long.class).single())
			.isZero();
	}

	@Test
	void twoReplicasRelayingAtOnceSendEachMailOnce() {
		for (int i = 0; i < 30; i++) {
			String to = "many" + i + "@buyer.example";
			transaction.execute((status) -> this.outbox.queue(mail(to)));
		}
		MailRelay one = relay(Duration.ofMillis(100));
		MailRelay two = relay(Duration.ofMillis(100));

		CompletableFuture.allOf(CompletableFuture.runAsync(one::relay), CompletableFuture.runAsync(two::relay)).join();

		assertThat(smtp.getReceivedMessages()).hasSize(30);
		assertThat(List.of(smtp.getReceivedMessages()).stream().map(this::recipient).distinct()).hasSize(30);
	}

	@Test
	void aRecipientThatIsNoAddressIsGivenUpAtOnce() {
		UUID id = transaction.execute((status) -> this.outbox.queue(mail("not an address@@")));

		relay(Duration.ofMillis(100)).relay();

		Map<String, Object> row = row(id);
		assertThat(row.get("failed_at")).isNotNull();
		assertThat((Integer) row.get("attempts")).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void retriesWaitLongerEachTimeUpToAnHour() {
		MailSettings settings = new MailSettings(null, null, Duration.ofSeconds(10), null);
		assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofSeconds(160));
		assertThat(settings.retryAfter(30)).isEqualTo(Duration.ofHours(1));
	}

	private static Mail mail(String to) {
		return new Mail(to, "Your order at Corner Goods", "sample", STORE,
				Map.of("name", "Ana Ávila", "link", "https://shop.example/x/secret-token"), UUID.randomUUID());
	}

	private static MailRelay relay(Duration firstRetry) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtpPort);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "2000");
		sender.setJavaMailProperties(properties);
		return new MailRelay(jdbc, sender, secrets, new MailSettings(null, null, firstRetry, null),
				new SimpleMeterRegistry());
	}

	private static Map<String, Object> row(UUID id) {
		return jdbc.sql("select * from mail_outbox where id = ?").param(id).query().singleRow();
	}

	private static String part(Multipart parts, String type) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.isMimeType(type)) {
				return part.getContent().toString();
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	private String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

}

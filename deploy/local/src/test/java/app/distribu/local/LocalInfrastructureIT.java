package app.distribu.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LocalInfrastructureIT {

	@TempDir
	static Path dataDir;

	static StackConfig config;

	static Infrastructure infrastructure;

	@BeforeAll
	static void start() {
		config = TestStacks.config(dataDir);
		infrastructure = Infrastructure.start(config);
	}

	@AfterAll
	static void stop() {
		if (infrastructure != null) {
			infrastructure.close();
		}
	}

	@Test
	void everyServiceHasARoleAndASchemaOfItsOwn() throws SQLException {
		try (Connection connection = infrastructure.database("postgres").getConnection();
				Statement statement = connection.createStatement()) {
			ResultSet schemas = statement
				.executeQuery("select nspname, pg_get_userbyid(nspowner) from pg_namespace where nspname in "
						+ "('identity','catalog','customer','orders','webhook','billing') order by nspname");
			List<String> owned = new ArrayList<>();
			while (schemas.next()) {
				owned.add(schemas.getString(1) + ":" + schemas.getString(2));
			}
			assertThat(owned).containsExactly("billing:billing", "catalog:catalog", "customer:customer",
					"identity:identity", "orders:orders", "webhook:webhook");
		}
	}

	@Test
	void aServiceRoleCreatesTablesOnlyInItsOwnSchema() throws SQLException {
		try (Connection connection = infrastructure.database("catalog").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table catalog.probe (id int)");
			assertThatThrownBy(() -> statement.execute("create table orders.probe (id int)"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("create table public.probe (id int)"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void kafkaCarriesEventsOnAutoCreatedTopics() {
		String topic = "probe-" + UUID.randomUUID();
		send(topic, "hello");
		assertThat(consumeAll(topic)).containsExactly("hello");
	}

	@Test
	void smtpKeepsEachMessageAsAFileTheViewerLists() throws Exception {
		String subject = "Confirm your email " + UUID.randomUUID();
		GreenMailUtil.sendTextEmail("buyer@example.com", "no-reply@distribu.app", subject,
				"Open http://localhost:8080/confirm?token=abc to confirm.",
				new ServerSetup(config.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

		await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() > 0);
		String list = viewer("/");
		assertThat(list).contains(subject).contains("buyer@example.com");
		String link = list.substring(list.indexOf("/messages/"), list.indexOf("\"", list.indexOf("/messages/")));
		assertThat(viewer(link)).contains("<a href=\"http://localhost:8080/confirm?token=abc\">");
	}

	@Test
	void dataSurvivesARestart() throws Exception {
		String topic = "restart-" + UUID.randomUUID();
		send(topic, "kept");
		try (Connection connection = infrastructure.database("billing").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table billing.kept (id int)");
			statement.execute("insert into billing.kept values (42)");
		}

		infrastructure.close();
		infrastructure = Infrastructure.start(config);

		try (Connection connection = infrastructure.database("billing").getConnection();
				Statement statement = connection.createStatement()) {
			ResultSet rows = statement.executeQuery("select id from billing.kept");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(42);
		}
		assertThat(consumeAll(topic)).containsExactly("kept");
	}

	private static void send(String topic, String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", config.kafkaBootstrap()), new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, "key", value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> consumeAll(String topic) {
		List<String> values = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
				config.kafkaBootstrap(), "group.id", "probe-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					values.add(record.value());
				}
				return !values.isEmpty();
			});
		}
		return values;
	}

	private static List<Path> emlFiles() throws Exception {
		try (Stream<Path> files = Files.list(config.mailDir())) {
			return files.filter((file) -> file.toString().endsWith(".eml")).toList();
		}
	}

	private static String viewer(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + config.mailViewerPort() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}

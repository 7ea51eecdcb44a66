package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft broker in a child JVM (its own heap and logs, and a clean shutdown
 * on SIGTERM), with its topics kept in {@code .data/kafka}.
 */
final class KafkaBroker implements AutoCloseable {

	private static final String STARTED = "Kafka Server started";

	private final ChildProcess process;

	private KafkaBroker(ChildProcess process) {
		this.process = process;
	}

	static KafkaBroker start(StackConfig config) {
		Path logDir = config.dataDir().resolve("kafka");
		Path properties = config.dataDir().resolve("kafka.properties");
		Path log = config.logs().resolve("kafka.log");
		String classpath = classpath(config);
		try {
			Files.createDirectories(logDir);
			Files.writeString(properties, properties(config, logDir));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!Files.exists(logDir.resolve("meta.properties"))) {
			format(classpath, properties, log);
		}
		ChildProcess broker = ChildProcess.startJava("kafka", jvm(classpath, "kafka.Kafka", properties.toString()),
				Map.of(), log);
		KafkaBroker kafka = new KafkaBroker(broker);
		kafka.awaitStarted(Duration.ofSeconds(60));
		return kafka;
	}

	private static String properties(StackConfig config, Path logDir) {
		return String.join("\n", "process.roles=broker,controller", "node.id=1",
				"controller.quorum.voters=1@127.0.0.1:" + config.kafkaControllerPort(),
				"listeners=PLAINTEXT://127.0.0.1:" + config.kafkaPort() + ",CONTROLLER://127.0.0.1:"
						+ config.kafkaControllerPort(),
				"advertised.listeners=PLAINTEXT://127.0.0.1:" + config.kafkaPort(),
				"controller.listener.names=CONTROLLER", "inter.broker.listener.name=PLAINTEXT",
				"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
				"log.dirs=" + logDir.toAbsolutePath(), "num.partitions=4", "auto.create.topics.enable=true",
				"offsets.topic.replication.factor=1", "offsets.topic.num.partitions=1",
				"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
				"share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
				"group.initial.rebalance.delay.ms=0", "") + "\n";
	}

	private static void format(String classpath, Path properties, Path log) {
		ChildProcess storageTool = ChildProcess.startJava("kafka-storage-format", jvm(classpath,
				"kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()),
				Map.of(), log);
		Instant deadline = Instant.now().plusSeconds(60);
		while (storageTool.isAlive() && Instant.now().isBefore(deadline)) {
			pause();
		}
		if (storageTool.isAlive()) {
			storageTool.close();
			throw new IllegalStateException("Formatting Kafka's storage took over 60 s; see " + log);
		}
	}

	private static List<String> jvm(String classpath, String mainClass, String... args) {
		List<String> command = new ArrayList<>(List.of("-Xms64m", "-Xmx512m"));
		command.addAll(JvmFlags.current());
		command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
				"-Dorg.slf4j.simpleLogger.showDateTime=true",
				"-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS", "-cp", classpath, mainClass));
		command.addAll(List.of(args));
		return command;
	}

	private static String classpath(StackConfig config) {
		Path file = config.classpathFile();
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(
					"No " + file + ": build first with ./mvnw -B -DskipTests install (run-local.sh does)");
		}
		try {
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitStarted(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!this.process.logContains(STARTED)) {
			if (!this.process.isAlive() || Instant.now().isAfter(deadline)) {
				this.process.close();
				throw new IllegalStateException(
						"Kafka did not start; the end of " + this.process.log() + ":\n" + this.process.tail(30));
			}
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting Kafka", ex);
		}
	}

	@Override
	public void close() {
		this.process.close();
	}

}

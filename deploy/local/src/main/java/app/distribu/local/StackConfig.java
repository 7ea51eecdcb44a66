package app.distribu.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the stack lives and which ports it takes. The defaults are the contract of
 * docs/architecture.md; the system test runs a second stack beside them on other ports.
 *
 * @param repo the repository root (service jars are under {@code <module>/target})
 * @param dataDir everything the stack keeps between runs: database, topics, mail, logs
 * @param classpathFile the launcher's classpath, reused for the Kafka child JVM
 * @param gatewayPort the only address users need
 * @param firstServicePort identity's port; the other services follow in {@link #SERVICES}
 * order
 * @param readyTimeout how long the services get to report ready
 * @param traceViewerPort the OTLP receiver and trace page
 * (docs/operations/observability.md)
 * @param replicated modules started twice behind a round-robin proxy on their port
 * @param environment extra environment for every service and the gateway
 */
public record StackConfig(Path repo, Path dataDir, Path classpathFile, int gatewayPort, int firstServicePort,
		int postgresPort, int kafkaPort, int kafkaControllerPort, int smtpPort, int mailViewerPort,
		Duration readyTimeout, int traceViewerPort, Set<String> replicated, Map<String, String> environment) {

	/**
	 * Services in port order after the gateway; each has a schema and role of its own.
	 */
	public static final List<Service> SERVICES = List.of(new Service("identity-service", "identity"),
			new Service("catalog-service", "catalog"), new Service("customer-service", "customer"),
			new Service("order-service", "orders"), new Service("webhook-service", "webhook"),
			new Service("billing-service", "billing"));

	/**
	 * Five minutes to get ready: seven JVMs starting at once on two cores that other work
	 * shares can take more than two.
	 */
	public static StackConfig defaults(Path repo) {
		return new StackConfig(repo, repo.resolve(".data"), defaultClasspathFile(repo), 8080, 8081, 15432, 19092, 19093,
				3025, 8025, Duration.ofSeconds(300), 8026, Set.of(), Map.of());
	}

	/**
	 * The test ports: a developer's stack on the default ports may be running meanwhile.
	 * {@code DISTRIBU_TEST_PORT_OFFSET} moves them all, so several checkouts can run
	 * their system tests side by side on one machine.
	 */
	public static StackConfig forTests(Path repo, Path dataDir) {
		return forTests(repo, dataDir, 0, Map.of());
	}

	/**
	 * Test ports moved by {@code shift} more, for a stack that stays up beside the others
	 * (the system tests' shared stack), with extra environment.
	 */
	public static StackConfig forTests(Path repo, Path dataDir, int shift, Map<String, String> environment) {
		int offset = shift + Integer.parseInt(System.getenv().getOrDefault("DISTRIBU_TEST_PORT_OFFSET", "0"));
		return new StackConfig(repo, dataDir, defaultClasspathFile(repo), 18080 + offset, 18081 + offset,
				25432 + offset, 29092 + offset, 29093 + offset, 23025 + offset, 28025 + offset, Duration.ofSeconds(180),
				28026 + offset, Set.of(), environment);
	}

	/** The same stack with two instances of each of {@code modules}. */
	public StackConfig withReplicas(Set<String> modules, Map<String, String> environment) {
		return new StackConfig(this.repo, this.dataDir, this.classpathFile, this.gatewayPort, this.firstServicePort,
				this.postgresPort, this.kafkaPort, this.kafkaControllerPort, this.smtpPort, this.mailViewerPort,
				this.readyTimeout.plusSeconds(120), this.traceViewerPort, modules, environment);
	}

	/** Where instance {@code n} (1 or 2) of a replicated service listens. */
	public int instancePort(Service service, int n) {
		return portOf(service) + 100 * (n + 1);
	}

	private static Path defaultClasspathFile(Path repo) {
		return repo.resolve("deploy/local/target/classpath.txt");
	}

	public int portOf(Service service) {
		return this.firstServicePort + SERVICES.indexOf(service);
	}

	public String urlOf(Service service) {
		return "http://localhost:" + portOf(service);
	}

	public String gatewayUrl() {
		return "http://localhost:" + this.gatewayPort;
	}

	public String kafkaBootstrap() {
		return "127.0.0.1:" + this.kafkaPort;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgresPort + "/" + Postgres.DATABASE;
	}

	public Path logs() {
		return this.dataDir.resolve("logs");
	}

	public Path mailDir() {
		return this.dataDir.resolve("mail");
	}

	/** The gateway's own schema: API rate-limit windows shared by its replicas. */
	public static final String GATEWAY_SCHEMA = "gateway";

	/** Every schema with a role of its own: one per service, and the gateway's. */
	public static List<String> schemas() {
		List<String> schemas = new ArrayList<>(SERVICES.stream().map(Service::schema).toList());
		schemas.add(GATEWAY_SCHEMA);
		return schemas;
	}

	/**
	 * A service module and the database schema (and role) it owns.
	 */
	public record Service(String module, String schema) {

		/** {@code CATALOG_URL} and friends: the module name without "-service". */
		String urlVariable() {
			String name = this.module.replace("-service", "").toUpperCase();
			return name + "_URL";
		}

	}

}

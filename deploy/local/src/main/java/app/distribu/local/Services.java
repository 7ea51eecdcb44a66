package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every service's jar and the gateway, started in parallel with the environment of
 * docs/architecture.md, each logging to {@code .data/logs/<module>.log}.
 */
final class Services implements AutoCloseable {

	static final String GATEWAY = "gateway";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final StackConfig config;

	private final Map<String, ChildProcess> processes = new HashMap<>();

	private final List<RoundRobinProxy> proxies = new ArrayList<>();

	private Services(StackConfig config) {
		this.config = config;
	}

	/** Checked before anything starts: a missing jar is the common first-run mistake. */
	static void requireBuilt(StackConfig config) {
		List<String> missing = modules().stream()
			.filter((module) -> !Files.isRegularFile(jar(config, module)))
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Not built yet: "
					+ missing.stream().map((module) -> jar(config, module).toString()).collect(Collectors.joining(", "))
					+ ". Build first: ./mvnw -B -DskipTests install (./run-local.sh does it for you).");
		}
	}

	static Services start(StackConfig config) {
		requireBuilt(config);
		for (String module : modules()) {
			Infrastructure.requireFree(module, module.equals(GATEWAY) ? config.gatewayPort()
					: config.portOf(StackConfig.SERVICES.get(modules().indexOf(module))));
		}
		Services services = new Services(config);
		for (StackConfig.Service service : StackConfig.SERVICES) {
			if (config.replicated().contains(service.module())) {
				services.launchReplicas(service);
			}
			else {
				services.launch(service.module(), services.runnableCopy(service.module()), config.portOf(service),
						serviceEnv(config, service));
			}
		}
		services.launch(GATEWAY, services.runnableCopy(GATEWAY), config.gatewayPort(),
				databaseEnv(config, StackConfig.GATEWAY_SCHEMA));
		return services;
	}

	/**
	 * Two instances on their own ports, one database and broker, and a proxy on the
	 * service's port that spreads connections over them, as a Kubernetes Service does.
	 */
	private void launchReplicas(StackConfig.Service service) {
		List<Integer> ports = List.of(this.config.instancePort(service, 1), this.config.instancePort(service, 2));
		Path jar = runnableCopy(service.module());
		for (int n = 1; n <= 2; n++) {
			launch(instanceName(service.module(), n), jar, ports.get(n - 1), serviceEnv(this.config, service));
		}
		this.proxies.add(RoundRobinProxy.start(service.module(), this.config.portOf(service), ports));
	}

	static String instanceName(String module, int n) {
		return module + "-" + n;
	}

	/** Ends an instance at once, as a crashed pod (SIGKILL, no graceful shutdown). */
	void kill(String instance) {
		ChildProcess child = this.processes.get(instance);
		child.kill();
	}

	private static List<String> modules() {
		List<String> modules = new ArrayList<>(StackConfig.SERVICES.stream().map(StackConfig.Service::module).toList());
		modules.add(GATEWAY);
		return modules;
	}

	static Path jar(StackConfig config, String module) {
		return config.repo().resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
	}

	private static Map<String, String> serviceEnv(StackConfig config, StackConfig.Service service) {
		Map<String, String> env = databaseEnv(config, service.schema());
		if (service.module().equals("identity-service")) {
			// identity creates (or updates) this support account at start.
			env.put("SUPPORT_EMAIL", DemoSeeder.SUPPORT_EMAIL);
			env.put("SUPPORT_PASSWORD", DemoSeeder.SUPPORT_PASSWORD);
			// Custom-domain checks: browser tests point identity at their loopback DNS
			// server.
			String dnsServers = System.getProperty("distribu.dns-servers", System.getenv("DNS_SERVERS"));
			if (dnsServers != null) {
				env.put("DNS_SERVERS", dnsServers);
			}
		}
		if (service.module().equals("billing-service")) {
			// The invoice page's "pay this invoice" button: a demo of the manual
			// provider.
			env.put("BILLING_DEMO_PAYMENTS", "true");
		}
		return env;
	}

	private static Map<String, String> databaseEnv(StackConfig config, String schema) {
		return new HashMap<>(
				Map.of("DB_URL", config.jdbcUrl(), "DB_USER", schema, "DB_PASSWORD", schema, "DB_SCHEMA", schema));
	}

	private void launch(String name, Path jar, int port, Map<String, String> own) {
		Map<String, String> env = new HashMap<>(commonEnv());
		env.put("SERVER_PORT", String.valueOf(port));
		env.putAll(own);
		List<String> jvm = new ArrayList<>(JvmFlags.current());
		jvm.addAll(List.of("-jar", jar.toString()));
		this.processes.put(name, ChildProcess.startJava(name, jvm, env, this.config.logs().resolve(name + ".log")));
	}

	/**
	 * A copy of the jar in the data folder: a rebuild while the stack runs replaces the
	 * jar in target/, and a running JVM whose jar changes underneath fails on its next
	 * class load.
	 */
	private Path runnableCopy(String module) {
		Path source = jar(this.config, module);
		Path copy = this.config.dataDir().resolve("jars").resolve(module + ".jar");
		try {
			Files.createDirectories(copy.getParent());
			if (!Files.exists(copy) || Files.size(copy) != Files.size(source)
					|| !Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(source))) {
				Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			}
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy " + source + " to " + copy, ex);
		}
	}

	private Map<String, String> commonEnv() {
		StackConfig.Service identity = StackConfig.SERVICES.get(0);
		Map<String, String> env = new HashMap<>();
		env.put("KAFKA_BOOTSTRAP_SERVERS", this.config.kafkaBootstrap());
		env.put("JWKS_URI", this.config.urlOf(identity) + "/.well-known/jwks.json");
		StackConfig.SERVICES.forEach((service) -> env.put(service.urlVariable(), this.config.urlOf(service)));
		env.put("SMTP_HOST", "127.0.0.1");
		env.put("SMTP_PORT", String.valueOf(this.config.smtpPort()));
		env.put("PUBLIC_BASE_URL", this.config.gatewayUrl());
		env.put("OUTBOUND_ALLOW_LOOPBACK", "true");
		env.put("COOKIE_SECURE", "false");
		env.put("OTLP_TRACING_ENDPOINT", TraceViewer.endpoint(this.config));
		// Every trace by default, to follow any request in the viewer; run-local.sh
		// --throughput samples a tenth, as Kubernetes does (deploy/k8s/base/config.yaml).
		env.put("TRACING_SAMPLING_PROBABILITY", System.getenv().getOrDefault("TRACING_SAMPLING_PROBABILITY", "1.0"));
		// A crashed consumer's partitions move to the others after 10 s, not Kafka's 45.
		env.put("SPRING_APPLICATION_JSON", "{\"spring.kafka.consumer.properties.session.timeout.ms\":\"10000\","
				+ "\"spring.kafka.consumer.properties.heartbeat.interval.ms\":\"2000\"}");
		env.putAll(this.config.environment());
		return env;
	}

	/**
	 * Waits for the gateway's readiness, which is UP only once every service is. On
	 * timeout (or a crash) the message names the services that are not ready, with their
	 * logs' tails.
	 */
	void awaitReady() {
		Instant deadline = Instant.now().plus(this.config.readyTimeout());
		while (!isUp(this.config.gatewayUrl()) || !instancesUp()) {
			List<ChildProcess> crashed = this.processes.values().stream().filter((child) -> !child.isAlive()).toList();
			if (!crashed.isEmpty()) {
				throw new IllegalStateException(report("exited", crashed));
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(
						report("not up after " + this.config.readyTimeout().toSeconds() + " s", notUp()));
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the services", ex);
			}
		}
	}

	private boolean instancesUp() {
		for (StackConfig.Service service : StackConfig.SERVICES) {
			if (this.config.replicated().contains(service.module())) {
				for (int n = 1; n <= 2; n++) {
					if (!isUp("http://localhost:" + this.config.instancePort(service, n))) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private List<ChildProcess> notUp() {
		List<ChildProcess> notUp = new ArrayList<>();
		for (StackConfig.Service service : StackConfig.SERVICES) {
			if (!isUp(this.config.urlOf(service)) && this.processes.containsKey(service.module())) {
				notUp.add(this.processes.get(service.module()));
			}
		}
		if (notUp.isEmpty()) {
			notUp.add(this.processes.get(GATEWAY));
		}
		return notUp;
	}

	private static String report(String what, List<ChildProcess> children) {
		StringBuilder report = new StringBuilder("Services " + what + ": "
				+ children.stream().map(ChildProcess::name).collect(Collectors.joining(", ")));
		for (ChildProcess child : children) {
			report.append("\n\n--- last lines of ").append(child.log()).append(" ---\n").append(child.tail(25));
		}
		return report.toString();
	}

	static boolean isUp(String baseUrl) {
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Stops all of them at once: each gets its own 15 s to shut down gracefully. */
	@Override
	public void close() {
		List<Thread> stoppers = this.processes.values().stream().map((child) -> {
			Thread stopper = new Thread(child::close, "stop-" + child.name());
			stopper.start();
			return stopper;
		}).toList();
		for (Thread stopper : stoppers) {
			try {
				stopper.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.processes.clear();
		this.proxies.forEach(RoundRobinProxy::close);
		this.proxies.clear();
	}

}

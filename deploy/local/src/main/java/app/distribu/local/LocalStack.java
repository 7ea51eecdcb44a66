package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole system on one machine: infrastructure, services, gateway and demo data. Run
 * by {@code ./run-local.sh} ({@code --reset} starts from an empty data folder); the
 * system test starts one on other ports.
 */
public final class LocalStack implements AutoCloseable {

	private final StackConfig config;

	private final Infrastructure infrastructure = new Infrastructure();

	private Services services;

	private String demoApiKey;

	private boolean closed;

	private LocalStack(StackConfig config) {
		this.config = config;
	}

	public static void main(String[] args) throws InterruptedException {
		Path repo = Path.of(System.getProperty("distribu.repo", ".")).toAbsolutePath().normalize();
		StackConfig config = StackConfig.defaults(repo);
		if (List.of(args).contains("--reset")) {
			System.out.println("Resetting: deleting " + config.dataDir());
			deleteRecursively(config.dataDir());
		}
		long start = System.nanoTime();
		System.out.println("Starting PostgreSQL, Kafka and SMTP…");
		LocalStack stack = new LocalStack(config);
		CountDownLatch stopped = new CountDownLatch(1);
		// Registered first: Ctrl-C while starting stops whatever has started so far.
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println(System.lineSeparator() + "Stopping services, Kafka, SMTP and PostgreSQL…");
			stack.close();
			System.out.println("Stopped. Data kept in " + config.dataDir());
			stopped.countDown();
		}, "local-stack-shutdown"));
		try {
			stack.startAll(true);
		}
		catch (RuntimeException | Error ex) {
			System.err.println();
			System.err.println("The local stack did not start: " + ex.getMessage());
			System.exit(1);
		}
		System.out.println(stack.banner((System.nanoTime() - start) / 1_000_000_000));
		stopped.await();
	}

	/**
	 * Starts everything; with {@code seed} the demo company is created once per data
	 * folder. On failure whatever had started is stopped again.
	 */
	public static LocalStack start(StackConfig config, boolean seed) {
		LocalStack stack = new LocalStack(config);
		try {
			stack.startAll(seed);
			return stack;
		}
		catch (RuntimeException | Error ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll(boolean seed) {
		Services.requireBuilt(this.config);
		this.infrastructure.startIn(this.config);
		System.out.println("Starting the services and the gateway (logs in " + this.config.logs() + ")…");
		startServices();
		this.services.awaitReady();
		if (seed) {
			this.demoApiKey = new DemoSeeder(this.config).seedOnce();
		}
	}

	private synchronized void startServices() {
		if (this.closed) {
			throw new IllegalStateException("Stopped while starting");
		}
		this.services = Services.start(this.config);
	}

	/** The demo company's API key, when the stack was started with the demo data. */
	public String demoApiKey() {
		return this.demoApiKey;
	}

	public StackConfig config() {
		return this.config;
	}

	public Infrastructure infrastructure() {
		return this.infrastructure;
	}

	/** Crashes one instance of a replicated module (1 or 2). */
	public void kill(String module, int instance) {
		this.services.kill(Services.instanceName(module, instance));
	}

	/** Crashes a module that runs as one instance, as a service that went down. */
	public void kill(String module) {
		this.services.kill(module);
	}

	private String banner(long seconds) {
		String gateway = this.config.gatewayUrl();
		return String.join(System.lineSeparator(), "",
				"==================================================================",
				" Distribu is running (ready in " + seconds + " s)", "", "  Dashboard    " + gateway + "/dashboard",
				"  Storefront   " + gateway + "/store/" + DemoSeeder.SLUG,
				"  Sign in as   " + DemoSeeder.OWNER_EMAIL + " / " + DemoSeeder.OWNER_PASSWORD,
				"  Support      "
						+ gateway + "/support as " + DemoSeeder.SUPPORT_EMAIL + " / " + DemoSeeder.SUPPORT_PASSWORD,
				"  API key      " + this.demoApiKey,
				"  Try          curl -H \"Authorization: Bearer " + this.demoApiKey + "\" " + gateway
						+ "/api/v1/products",
				"  Mail viewer  http://localhost:" + this.config.mailViewerPort(),
				"  Traces       http://localhost:" + this.config.traceViewerPort() + "  (metrics: /metrics)",
				"  Logs         " + this.config.logs(), "",
				" Ctrl-C stops everything; data stays in " + this.config.dataDir() + " (--reset wipes it).",
				"==================================================================");
	}

	/** Services first (they hold connections), then Kafka, SMTP and PostgreSQL. */
	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
		}
		Services running;
		synchronized (this) {
			running = this.services;
			this.services = null;
		}
		if (running != null) {
			running.close();
		}
		this.infrastructure.close();
	}

	static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + dir, ex);
		}
	}

}

package app.distribu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * JDK Flight Recorder on the local stack's services for the measured part of a run
 * ({@code -Dprofile=true}): {@code jcmd <pid> JFR.start} with the {@code profile}
 * settings (Java samples every 10 ms) and a fixed duration, plus each process's CPU time
 * over the same window, so the CPU per order can be split by service. The recordings land
 * in {@code bench/target/jfr/}; {@link JfrSummary} reads them.
 */
final class Profiler {

	static final List<String> SERVICES = List.of("order-service", "catalog-service", "customer-service", "gateway",
			"webhook-service", "billing-service", "identity-service");

	private final Path dir;

	private final Path jars;

	private final AtomicBoolean started = new AtomicBoolean();

	private final AtomicBoolean finished = new AtomicBoolean();

	private final Map<String, Double> cpuSeconds = new ConcurrentHashMap<>();

	private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();

	private final Map<String, Duration> cpuAtStart = new LinkedHashMap<>();

	private volatile long startNanos;

	/**
	 * @param dir where the recordings go
	 * @param dataDir the stack's data folder: only its services are recorded, never
	 * another stack's on the same machine
	 */
	Profiler(Path dir, Path dataDir) {
		this.dir = dir;
		this.jars = dataDir.toAbsolutePath().normalize().resolve("jars");
	}

	/**
	 * Starts the recordings once, whoever calls first; later calls do nothing. Each
	 * {@code jcmd} takes seconds on a loaded machine, so the window's end waits for this.
	 */
	synchronized void startOnce(Duration duration) {
		if (!this.started.compareAndSet(false, true)) {
			return;
		}
		try {
			Files.createDirectories(this.dir);
			this.startNanos = System.nanoTime();
			for (String service : SERVICES) {
				Optional<ProcessHandle> process = find(this.jars.resolve(service + ".jar").toString());
				if (process.isEmpty()) {
					continue;
				}
				this.processes.put(service, process.get());
				this.cpuAtStart.put(service, cpu(process.get()));
				Path file = this.dir.resolve(service + ".jfr").toAbsolutePath();
				Files.deleteIfExists(file);
				jcmd(process.get().pid(), "JFR.start", "name=bench", "settings=profile",
						"duration=" + duration.toSeconds() + "s", "filename=" + file);
			}
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("Could not start JFR", ex);
		}
	}

	/**
	 * Once, when the profiled window ends: the CPU seconds each service used since
	 * {@link #startOnce}, and the wall seconds.
	 */
	synchronized void finishOnce() {
		if (this.started.get() && this.finished.compareAndSet(false, true)) {
			this.processes.forEach((service, process) -> this.cpuSeconds.put(service,
					(cpu(process).toMillis() - this.cpuAtStart.get(service).toMillis()) / 1000.0));
			this.cpuSeconds.put("wall", (System.nanoTime() - this.startNanos) / 1e9);
		}
	}

	/** Which services were recorded, in words. */
	String recorded() {
		return "JFR recorded " + this.processes.keySet() + " (JVMs running " + this.jars + "/*.jar)";
	}

	Map<String, Double> cpuSeconds() {
		return this.cpuSeconds;
	}

	private static Duration cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/**
	 * A service's JVM: the local stack runs each with
	 * {@code -jar <data>/jars/<module>.jar}.
	 */
	private static Optional<ProcessHandle> find(String jar) {
		return ProcessHandle.allProcesses()
			.filter((process) -> process.info().arguments().map(List::of).orElse(List.of()).contains(jar))
			.findFirst();
	}

	private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
		line.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes());
		if (jcmd.waitFor() != 0) {
			throw new IllegalStateException("jcmd " + pid + " " + String.join(" ", command) + ": " + output);
		}
	}

}

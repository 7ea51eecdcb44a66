package app.distribu.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the stack started, logging to its own file, stopped politely and then by force.
 */
final class ChildProcess implements AutoCloseable {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private final String name;

	private final Process process;

	private final Path log;

	/** Where this run's output starts: the log keeps earlier runs too. */
	private final long logStart;

	private ChildProcess(String name, Process process, Path log, long logStart) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.logStart = logStart;
	}

	/**
	 * Starts {@code java <jvmArgs>} with its output appended to {@code log}. Where
	 * {@code setsid} exists the child gets a session of its own, so Ctrl-C reaches only
	 * the launcher, which then stops everything in order (services before the broker and
	 * the database).
	 */
	static ChildProcess startJava(String name, List<String> jvmArgs, Map<String, String> env, Path log) {
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(SETSID)) {
			command.add(SETSID.toString());
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArgs);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(log.toFile()));
		builder.environment().putAll(env);
		try {
			Files.createDirectories(log.getParent());
			long logStart = Files.exists(log) ? Files.size(log) : 0;
			Process process = builder.start();
			process.getOutputStream().close();
			return new ChildProcess(name, process, log, logStart);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.log;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** The last lines of the log, for error messages. */
	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log at " + this.log + ")";
		}
	}

	/** Whether this run's output (not an earlier run's) contains {@code text}. */
	boolean logContains(String text) {
		try (InputStream in = Files.newInputStream(this.log)) {
			in.skipNBytes(this.logStart);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text);
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		stop(this.process);
	}

	/** SIGKILL to the process and its descendants: a crash, not a shutdown. */
	void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		this.process.onExit().join();
	}

	/**
	 * SIGTERM to the process and its descendants, up to 15 s to finish, then SIGKILL to
	 * whatever is left.
	 */
	static void stop(Process process) {
		List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
		family.add(process.toHandle());
		family.forEach(ProcessHandle::destroy);
		try {
			process.waitFor(15, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		family.forEach((member) -> member.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally((ex) -> member).join());
	}

}

package app.distribu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One empty local stack for every system test class that signs up its own companies:
 * started by the first such class, stopped when the test run ends. Starting a stack is
 * about a minute, so sharing it saves that per class. The classes cannot see each other's
 * data (each signs up its own stores, buyers and mailboxes), which is the tenant
 * isolation the product promises anyway.
 * <p>
 * Its ports are moved by {@link #PORT_SHIFT}, so it stays up while the classes that need
 * a stack of their own (demo data, replicas, outages) start theirs on the usual ports.
 * All classes sign in from 127.0.0.1, so the per-client storefront limit is raised.
 */
final class SharedStack implements AutoCloseable {

	static final int PORT_SHIFT = 50;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

	private final Path dataDir;

	private final LocalStack stack;

	private SharedStack(Path dataDir, LocalStack stack) {
		this.dataDir = dataDir;
		this.stack = stack;
	}

	/** The run's shared stack, started on first use. */
	static LocalStack in(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedStack.class, (key) -> start(), SharedStack.class).stack;
	}

	private static SharedStack start() {
		try {
			Path dataDir = Files.createTempDirectory("distribu-shared-");
			Path repo = Path.of(System.getProperty("distribu.repo", "../..")).toAbsolutePath().normalize();
			StackConfig config = StackConfig.forTests(repo, dataDir, PORT_SHIFT,
					Map.of("STOREFRONT_REQUESTS_PER_CLIENT", "1000"));
			return new SharedStack(dataDir, LocalStack.start(config, false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.stack.close();
			StackFiles.keepLogs(this.stack.config(), "SharedStack");
		}
		finally {
			StackFiles.delete(this.dataDir);
		}
	}

}

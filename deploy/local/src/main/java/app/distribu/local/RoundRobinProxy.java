package app.distribu.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a Kubernetes Service does for the replicas of a module on this machine: each new
 * connection goes to the next instance, or to another one when that one does not accept
 * (a killed replica drops out at once, as an unready pod leaves its Service).
 */
final class RoundRobinProxy implements AutoCloseable {

	private final ServerSocket server;

	private final List<Integer> backends;

	private final AtomicInteger next = new AtomicInteger();

	private RoundRobinProxy(ServerSocket server, List<Integer> backends) {
		this.server = server;
		this.backends = backends;
	}

	static RoundRobinProxy start(String name, int port, List<Integer> backends) {
		try {
			ServerSocket server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
			RoundRobinProxy proxy = new RoundRobinProxy(server, backends);
			daemon("proxy-" + name, proxy::accept);
			return proxy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on " + port + " for " + name, ex);
		}
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				daemon("proxy-connection", () -> forward(client));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void forward(Socket client) {
		Socket backend = connect();
		if (backend == null) {
			closeQuietly(client);
			return;
		}
		daemon("proxy-pipe", () -> pipe(client, backend));
		pipe(backend, client);
	}

	private Socket connect() {
		int first = Math.floorMod(this.next.getAndIncrement(), this.backends.size());
		for (int i = 0; i < this.backends.size(); i++) {
			int port = this.backends.get((first + i) % this.backends.size());
			try {
				Socket socket = new Socket();
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
				return socket;
			}
			catch (IOException ex) {
				// That instance is down: try the next one.
			}
		}
		return null;
	}

	private static void pipe(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// A side closed: close both below.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
